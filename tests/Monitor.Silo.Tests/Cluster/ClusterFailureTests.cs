using System.Net;
using System.Text.Json.Nodes;
using Monitor.TestSupport;
using Xunit.Abstractions;
using static Monitor.Silo.Tests.Json;

namespace Monitor.Silo.Tests.Cluster;

/// <summary>
/// Silos as separate processes on a real Redis: one killed with SIGKILL and another stopped and started
/// again while a client ingests; then Redis itself killed and restarted on its append-only file. What
/// was acknowledged is there exactly once, and the alerts are the ones the same corpus raises on the
/// embedded store of one silo with no failure at all.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterFailureTests(ITestOutputHelper output)
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Three_silos_lose_and_duplicate_nothing_while_one_is_killed_and_another_restarted()
    {
        var corpus = new ClusterCorpus(actors: 100, statementsPerActor: 100);
        var expectedAlerts = await AlertsOnOneEmbeddedSiloAsync(corpus);
        Assert.True(expectedAlerts.Count(a => a.Kind == "stance-reversal") >= corpus.ActorIds.Count * ClusterCorpus.TopicCount,
            "the corpus turns every actor on every topic, so every actor and topic has a stance reversal");

        await using var redis = await RedisServer.StartAsync();
        var cluster = ClusterArgs(redis);
        await using var first = await ServiceProcess.StartAsync(NoData, ServicePorts.Free(), cluster);
        await using var doomed = await ServiceProcess.StartAsync(NoData, ServicePorts.Free(), cluster);
        var restarted = await ServiceProcess.StartAsync(NoData, ServicePorts.Free(), cluster);
        try
        {
            var ingest = new ClusterIngest([first, doomed, restarted]);
            await ingest.PutActorsAsync(corpus.ActorIds, GiveUpAfter);
            var running = ingest.RunAsync(corpus, workers: 8, batchSize: 10, GiveUpAfter);

            await UntilAsync(() => ingest.Acknowledged.Count >= corpus.Count * 3 / 10, running);
            Assert.False(running.IsCompleted, "ingestion ended before the silo was killed");
            ingest.Remove(doomed);
            doomed.Kill();
            output.WriteLine($"killed one silo after {ingest.Acknowledged.Count} acknowledged statements");

            await UntilAsync(() => ingest.Acknowledged.Count >= corpus.Count * 6 / 10, running);
            Assert.False(running.IsCompleted, "ingestion ended before the silo was stopped");
            ingest.Remove(restarted);
            await restarted.TerminateAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(0, restarted.ExitCode);
            var ports = restarted.Ports;
            await restarted.DisposeAsync();
            restarted = await ServiceProcess.StartWithRestartsAsync(NoData, ports, output.WriteLine, cluster);
            ingest.Add(restarted);
            output.WriteLine($"restarted another silo after {ingest.Acknowledged.Count} acknowledged statements");

            await running;
            output.WriteLine($"{ingest.Acknowledged.Count} statements acknowledged, {ingest.Retries} requests sent again");
            Assert.Equal(corpus.Count, ingest.Acknowledged.Count);

            foreach (var silo in new[] { first, restarted })
            {
                await AssertEveryStatementOnceAsync(silo.Client, corpus);
                var alerts = await UntilAlertsSettleAsync(silo.Client, expectedAlerts.Count);
                AssertSameAlerts(expectedAlerts, alerts);
            }
        }
        finally
        {
            await restarted.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_Redis_killed_and_restarted_on_its_append_only_file_loses_nothing_acknowledged()
    {
        var corpus = new ClusterCorpus(actors: 20, statementsPerActor: 60);
        var expectedAlerts = await AlertsOnOneEmbeddedSiloAsync(corpus);

        await using var redis = await RedisServer.StartAsync();
        var cluster = ClusterArgs(redis);
        await using var first = await ServiceProcess.StartAsync(NoData, ServicePorts.Free(), cluster);
        await using var second = await ServiceProcess.StartAsync(NoData, ServicePorts.Free(), cluster);
        var ingest = new ClusterIngest([first, second]);
        await ingest.PutActorsAsync(corpus.ActorIds, GiveUpAfter);
        var running = ingest.RunAsync(corpus, workers: 4, batchSize: 5, GiveUpAfter);

        await UntilAsync(() => ingest.Acknowledged.Count >= corpus.Count / 3, running);
        Assert.False(running.IsCompleted, "ingestion ended before Redis was killed");
        await redis.KillAsync();
        using (var health = await first.Client.GetAsync("/health"))
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await redis.RestartAsync();
        output.WriteLine($"Redis killed and restarted after {ingest.Acknowledged.Count} acknowledged statements");

        await running;
        Assert.Equal(corpus.Count, ingest.Acknowledged.Count);
        await AssertEveryStatementOnceAsync(second.Client, corpus);
        AssertSameAlerts(expectedAlerts, await UntilAlertsSettleAsync(first.Client, expectedAlerts.Count));
    }

    [Fact]
    public async Task A_silo_told_to_stop_finishes_the_request_in_flight_and_its_grains_answer_from_the_other()
    {
        var corpus = new ClusterCorpus(actors: 40, statementsPerActor: 25);
        await using var redis = await RedisServer.StartAsync();
        var cluster = ClusterArgs(redis);
        var stopping = await ServiceProcess.StartAsync(NoData, ServicePorts.Free(), cluster);
        await using var staying = await ServiceProcess.StartAsync(NoData, ServicePorts.Free(), cluster);
        try
        {
            await new ClusterIngest([stopping]).PutActorsAsync(corpus.ActorIds, GiveUpAfter);
            var all = corpus.PerActor.Values.SelectMany(s => s).ToArray();

            var clock = System.Diagnostics.Stopwatch.StartNew();
            var sending = stopping.Client.PostAsync("/api/statements", Body(all));
            await Task.Delay(50);
            // Only a request still running when the signal comes proves anything about draining.
            Assert.False(sending.IsCompleted, "the request was answered before the silo was told to stop");
            var stopped = stopping.TerminateAsync(TimeSpan.FromSeconds(60));
            using var response = await sending;
            output.WriteLine($"the request took {clock.ElapsedMilliseconds} ms; the stop signal came after 50 ms");
            await stopped;

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(all.Length, (int)(await ReadAsync(response))["recorded"]!);
            Assert.Equal(0, stopping.ExitCode);
            await AssertEveryStatementOnceAsync(staying.Client, corpus);
        }
        finally
        {
            await stopping.DisposeAsync();
        }
    }

    private const string NoData = "/nonexistent-cluster-mode-uses-redis";

    private static string[] ClusterArgs(RedisServer redis) =>
        ["--redis", redis.Address, "--advertise", "127.0.0.1", "--cluster-id", "test-" + Guid.NewGuid().ToString("N")[..8], "--no-sample", "--Monitor:Embeddings=false"];

    /// <summary>The oracle: the same corpus, in the same order per actor, on one embedded silo that nothing disturbs.</summary>
    private static async Task<IReadOnlyList<AlertKey>> AlertsOnOneEmbeddedSiloAsync(ClusterCorpus corpus)
    {
        await using var service = await ServiceProcess.StartAsync(NoData, "--in-memory", "--no-sample", "--Monitor:Embeddings=false");
        var ingest = new ClusterIngest([service]);
        await ingest.PutActorsAsync(corpus.ActorIds, GiveUpAfter);
        await ingest.RunAsync(corpus, workers: 4, batchSize: 50, GiveUpAfter);
        return await UntilAlertsSettleAsync(service.Client, expected: null);
    }

    private static async Task AssertEveryStatementOnceAsync(HttpClient client, ClusterCorpus corpus)
    {
        foreach (var actor in corpus.ActorIds)
        {
            var stored = (await GetAsync(client, $"/api/actors/{actor}/statements?limit=1000"))["items"]!.AsArray();
            Assert.Equal(corpus.PerActor[actor].Select(ClusterCorpus.IdOf), stored.Select(s => (string)s!["id"]!));
            Assert.Equal(Enumerable.Range(1, stored.Count).Select(i => (long)i), stored.Select(s => (long)s!["sequence"]!));
        }
    }

    /// <summary>Alerts are raised after the statement is acknowledged (the outbox feeds the watchers), so wait until the log stops growing.</summary>
    private static async Task<IReadOnlyList<AlertKey>> UntilAlertsSettleAsync(HttpClient client, int? expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        IReadOnlyList<AlertKey> last = [];
        var stableSince = DateTime.UtcNow;
        while (true)
        {
            var alerts = await ReadAllAlertsAsync(client);
            if (alerts.Count != last.Count) stableSince = DateTime.UtcNow;
            last = alerts;
            if (expected is { } count ? alerts.Count >= count && DateTime.UtcNow - stableSince > TimeSpan.FromSeconds(2) : DateTime.UtcNow - stableSince > TimeSpan.FromSeconds(6)) return alerts;
            if (DateTime.UtcNow > deadline) return alerts;
            await Task.Delay(500);
        }
    }

    private static async Task<IReadOnlyList<AlertKey>> ReadAllAlertsAsync(HttpClient client)
    {
        var all = new List<AlertKey>();
        long since = 0;
        while (true)
        {
            var page = (await GetAsync(client, $"/api/alerts?since={since}&limit=1000"))["items"]!.AsArray();
            if (page.Count == 0) return all;
            foreach (var alert in page)
            {
                all.Add(new AlertKey((string)alert!["id"]!, (string)alert["kind"]!, (string)alert["earlier"]!["statementId"]!, (string)alert["later"]!["statementId"]!, alert["suppressedBy"] is not null));
                since = (long)alert["sequence"]!;
            }
        }
    }

    private static void AssertSameAlerts(IReadOnlyList<AlertKey> expected, IReadOnlyList<AlertKey> actual)
    {
        Assert.Equal(actual.Count, actual.Select(a => a.Id).Distinct().Count());
        var missing = expected.Except(actual).Take(5).ToArray();
        var extra = actual.Except(expected).Take(5).ToArray();
        Assert.True(missing.Length == 0 && extra.Length == 0 && expected.Count == actual.Count,
            $"expected {expected.Count} alerts, found {actual.Count}; missing e.g. {string.Join("; ", missing.AsEnumerable())}; unexpected e.g. {string.Join("; ", extra.AsEnumerable())}");
    }

    private static async Task UntilAsync(Func<bool> condition, Task running)
    {
        while (!condition())
        {
            if (running.IsCompleted) { await running; return; }
            await Task.Delay(50);
        }
    }

    private sealed record AlertKey(string Id, string Kind, string Earlier, string Later, bool Suppressed);
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection
{
    public const string Name = "cluster";
}
