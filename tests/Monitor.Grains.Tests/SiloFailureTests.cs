using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;
using Monitor.Storage.Sqlite;
using static Monitor.Grains.Tests.MonitorClusterFixture;

namespace Monitor.Grains.Tests;

/// <summary>A silo dies hard while statements stream in: nothing acknowledged is lost, no alert is raised twice.</summary>
public sealed class SiloFailureTests : IAsyncLifetime
{
    private const int Actors = 10;
    private const int StatementsPerActor = 40;
    private const int RunLength = 10;
    private const int Batch = 5;
    private static readonly DateTimeOffset Day0 = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly MonitorClusterFixture _fixture = new();

    public Task InitializeAsync() => _fixture.InitializeAsync();

    public Task DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task Killing_a_silo_mid_stream_loses_no_statement_and_duplicates_no_alert()
    {
        for (var a = 0; a < Actors; a++) await _fixture.DefineAsync($"kill-{a}");
        var completedCalls = 0;
        var killed = 0;
        Task? kill = null;

        async Task SendAsync(int a)
        {
            var actor = $"kill-{a}";
            for (var start = 0; start < StatementsPerActor; start += Batch)
            {
                var batch = Enumerable.Range(start, Batch).Select(i => Said(
                    $"{actor}-{i:D3}", actor, $"Statement {i} of {actor}.", Day0.AddHours(i),
                    (i / RunLength) % 2 == 0 ? Stance.Support : Stance.Oppose, "kill-topic")).ToArray();
                await RecordWithRetryAsync(actor, batch);
                if (Interlocked.Increment(ref completedCalls) == Actors * 2 && Interlocked.Exchange(ref killed, 1) == 0)
                    kill = _fixture.Cluster.KillSiloAsync(_fixture.Cluster.Silos[^1]);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Actors).Select(SendAsync));
        await kill!;
        Assert.Single(_fixture.Cluster.GetActiveSilos());
        await WaitUntilEverythingIsFedAsync();

        var log = new SqliteStatementLog(_fixture.Database);
        for (var a = 0; a < Actors; a++)
        {
            var stored = await log.ReadAsync($"kill-{a}", 0, 1000);
            Assert.Equal(Enumerable.Range(0, StatementsPerActor).Select(i => $"kill-{a}-{i:D3}"), stored.Select(s => s.Id).Order(StringComparer.Ordinal));
            Assert.Equal(Enumerable.Range(1, StatementsPerActor).Select(i => (long)i), stored.Select(s => s.Sequence));
        }

        var everything = await new SqliteAlertLog(_fixture.Database).ReadAsync(new AlertQuery(Topic: "kill-topic", Limit: 10_000));
        Assert.Equal(everything.Count, everything.Select(x => (x.Kind, x.Earlier.StatementId, x.Later.StatementId)).Distinct().Count());
        var alerts = everything.Where(x => x.Kind == AlertKinds.StanceReversal).ToArray();
        var expected = Enumerable.Range(0, Actors)
            .SelectMany(a => Enumerable.Range(1, StatementsPerActor / RunLength - 1)
                .Select(turn => ($"kill-{a}-{turn * RunLength - 1:D3}", $"kill-{a}-{turn * RunLength:D3}")))
            .Order()
            .ToArray();
        Assert.Equal(expected, alerts.Select(x => (x.Earlier.StatementId, x.Later.StatementId)).Order().ToArray());

        // Every grain still answers, from the surviving silo.
        for (var a = 0; a < Actors; a++)
            Assert.Equal(Stance.Oppose, Assert.Single(await _fixture.Grains.GetGrain<IActorGrain>($"kill-{a}").GetPositions()).Stance);
    }

    private async Task RecordWithRetryAsync(string actor, Statement[] batch)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            try
            {
                var outcomes = await _fixture.Grains.GetGrain<IActorGrain>(actor).Record(batch);
                Assert.Equal(batch.Select(s => s.Id), outcomes.Select(o => o.StatementId));
                return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                // The silo holding the actor died: the same ids are sent again, which records each at most once.
                await Task.Delay(200);
            }
        }
    }

    private async Task WaitUntilEverythingIsFedAsync()
    {
        var log = new SqliteStatementLog(_fixture.Database);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await log.ActorsWithUnfedStatementsAsync()).Count > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "statements still waiting for their watcher after 60 s");
            await Task.Delay(250);
        }
    }
}
