using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Monitor.Abstractions;
using Monitor.Abstractions.Storage;
using Monitor.Storage.Redis;
using Monitor.TestSupport;

namespace Monitor.Storage.Tests;

/// <summary>
/// What only the Redis store has to prove: an acknowledged append survives a crash of Redis, an append
/// rides out a restart within the outage tolerance and fails beyond it, and silos appending the same
/// statements at once never give one id two sequences. Each test kills its own server.
/// </summary>
public sealed class RedisDurabilityTests
{
    private static readonly DateTimeOffset Day0 = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Acknowledged_statements_and_alerts_survive_a_crash_of_redis_with_their_sequences()
    {
        await using var server = await RedisServer.StartAsync();
        var connection = Open(server);
        var log = new RedisStatementLog(connection);
        for (var batch = 0; batch < 100; batch++)
            await log.AppendAsync("china", [.. Enumerable.Range(batch * 10 + 1, 10).Select(i => Said($"s{i}"))]);
        var alerts = new RedisAlertLog(connection);
        for (var i = 1; i <= 50; i++) await alerts.AppendAsync(NewAlert($"a{i}"));

        await server.KillAsync();
        await connection.DisposeAsync();
        await server.RestartAsync();
        await using var reopened = Open(server);
        log = new RedisStatementLog(reopened);
        alerts = new RedisAlertLog(reopened);

        var statements = await log.ReadAsync("china", 0, 5000);
        Assert.Equal(Enumerable.Range(1, 1000).Select(i => ($"s{i}", (long)i)), statements.Select(s => (s.Id, s.Sequence)));
        Assert.Equal(1000, await log.LastSequenceAsync("china"));
        Assert.Equal(new AppendOutcome("s1001", 1001, Created: true), Assert.Single(await log.AppendAsync("china", [Said("s1001")])));
        Assert.Equal(new AppendOutcome("s500", 500, Created: false), Assert.Single(await log.AppendAsync("china", [Said("s500")])));

        Assert.Equal(Enumerable.Range(1, 50).Select(i => ($"a{i}", (long)i)), (await alerts.ReadAsync(new AlertQuery(Limit: 1000))).Select(a => (a.Id, a.Sequence)));
        Assert.Equal(37, (await alerts.GetAsync("a37"))?.Sequence);
        var repeat = await alerts.AppendAsync(NewAlert("a7"));
        Assert.Equal((false, 7L), (repeat.Created, repeat.Alert.Sequence));
        var next = await alerts.AppendAsync(NewAlert("a51"));
        Assert.Equal((true, 51L), (next.Created, next.Alert.Sequence));
    }

    [Fact]
    public async Task An_append_during_a_redis_restart_waits_and_succeeds_within_the_outage_tolerance()
    {
        await using var server = await RedisServer.StartAsync();
        await using var connection = Open(server, outageTolerance: TimeSpan.FromSeconds(20));
        var log = new RedisStatementLog(connection);
        await log.AppendAsync("china", [Said("s1")]);

        await server.KillAsync();
        var restart = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            await server.RestartAsync();
        });
        var clock = Stopwatch.StartNew();
        var outcome = await log.AppendAsync("china", [Said("s2")]);
        clock.Stop();
        await restart;

        Assert.Equal(new AppendOutcome("s2", 2, Created: true), Assert.Single(outcome));
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"The append completed after {clock.Elapsed} while Redis was down.");
        Assert.Equal(["s1", "s2"], (await log.ReadAsync("china", 0, 100)).Select(s => s.Id));
    }

    [Fact]
    public async Task An_append_while_redis_stays_down_fails_once_the_outage_tolerance_is_over()
    {
        var tolerance = TimeSpan.FromSeconds(2);
        await using var server = await RedisServer.StartAsync();
        await using var connection = Open(server, outageTolerance: tolerance);
        var log = new RedisStatementLog(connection);
        await log.AppendAsync("china", [Said("s1")]);

        await server.KillAsync();
        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<Exception>(() => log.AppendAsync("china", [Said("s2")]));
        clock.Stop();
        Assert.True(clock.Elapsed >= tolerance * 0.5, $"The append failed after {clock.Elapsed}, without riding out a {tolerance} tolerance.");

        // The caller retries once Redis is back; appends are idempotent, so s2 ends up logged once.
        await server.RestartAsync();
        var retry = Assert.Single(await log.AppendAsync("china", [Said("s2")]));
        Assert.Equal(("s2", 2L), (retry.StatementId, retry.Sequence));
        Assert.Equal([("s1", 1L), ("s2", 2L)], (await log.ReadAsync("china", 0, 100)).Select(s => (s.Id, s.Sequence)));

        // OutageTolerance is how long an operation keeps retrying before it fails to its caller: a caller
        // waiting on an append gets its answer about then, not several times later.
        Assert.True(clock.Elapsed < tolerance + TimeSpan.FromSeconds(3), $"The append failed only after {clock.Elapsed}, with a {tolerance} tolerance.");
    }

    [Fact]
    public async Task Concurrent_appends_of_the_same_statements_give_each_id_exactly_one_sequence()
    {
        await using var server = await RedisServer.StartAsync();
        var ids = Enumerable.Range(1, 200).Select(i => $"s{i}").ToArray();
        var outcomes = new ConcurrentBag<AppendOutcome>();
        var connections = Enumerable.Range(0, 4).Select(_ => Open(server)).ToArray();
        try
        {
            // Four silos, each with its own connection, append the same statements in batches, each in its own order.
            await Task.WhenAll(connections.Select((connection, writer) => Task.Run(async () =>
            {
                var log = new RedisStatementLog(connection);
                var order = ids.OrderBy(id => HashCode.Combine(id, writer)).ToArray();
                foreach (var batch in order.Chunk(7))
                {
                    foreach (var outcome in await log.AppendAsync("china", [.. batch.Select(id => Said(id))])) outcomes.Add(outcome);
                }
            })));

            var stored = await new RedisStatementLog(connections[0]).ReadAsync("china", 0, 1000);
            Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), stored.Select(s => s.Sequence));
            Assert.Equal(ids.Order(StringComparer.Ordinal), stored.Select(s => s.Id).Order(StringComparer.Ordinal));
            Assert.Equal(200, await new RedisStatementLog(connections[1]).LastSequenceAsync("china"));
            var sequenceOf = stored.ToDictionary(s => s.Id, s => s.Sequence);
            Assert.Equal(800, outcomes.Count);
            Assert.All(outcomes.GroupBy(o => o.StatementId), group =>
            {
                Assert.Equal(4, group.Count());
                Assert.Single(group, o => o.Created);
                Assert.All(group, o => Assert.Equal(sequenceOf[group.Key], o.Sequence));
            });
        }
        finally
        {
            foreach (var connection in connections) await connection.DisposeAsync();
        }
    }

    private static RedisConnection Open(RedisServer server, TimeSpan? outageTolerance = null) =>
        new(new RedisStorageOptions
        {
            Configuration = server.Address,
            KeyPrefix = "durability:",
            OutageTolerance = outageTolerance ?? TimeSpan.FromSeconds(15),
        }, NullLogger<RedisConnection>.Instance);

    private static Statement Said(string id) =>
        new(id, "doc-1", "china", "Mao Ning", $"Text of {id}.", true, StatementMode.Assert, "t-trade", Stance.Oppose, Day0, new TextSpan(0, 10), [new SourceRef("Wire", null)]);

    private static Alert NewAlert(string id) =>
        new(id, 0, AlertKinds.StanceReversal, AlertSeverity.High, 0.9, "china", "t-trade",
            new AlertStatement($"{id}-e", null, "china", null, "Earlier.", Day0, []),
            new AlertStatement($"{id}-l", null, "china", null, "Later.", Day0.AddDays(1), []),
            "Why.", AlertStatus.Open, Day0.AddDays(1), "stance/v1");
}
