using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Monitor.Abstractions;
using Monitor.Abstractions.Storage;
using Monitor.Storage.Redis;
using Monitor.TestSupport;
using static Monitor.Benchmarks.BenchStatistics;

namespace Monitor.Benchmarks;

/// <summary>
/// The Redis logs' append cost as a log grows: one statement appended to an actor whose log holds 10
/// statements against one whose log holds N, and likewise one alert into an alert log of 10 and of N,
/// on a redis-server of the benchmark's own fsyncing every write. A flat cost means a ratio near 1.
/// </summary>
public static class RedisLogBenchmark
{
    private const int Samples = 300;

    public static async Task<int> RunAsync(string[] args)
    {
        var deep = BenchArguments.Option(args, "--deep", 100_000);
        await using var server = await RedisServer.StartAsync();
        await using var connection = new RedisConnection(new RedisStorageOptions { Configuration = server.Address }, NullLogger<RedisConnection>.Instance);
        var statements = new RedisStatementLog(connection);
        var alerts = new RedisAlertLog(connection);
        Console.WriteLine($"Redis log append cost — {Environment.ProcessorCount} cores; redis-server appendonly yes, appendfsync always; {Samples} single appends per point");

        await FillStatementsAsync(statements, "shallow", 10);
        await FillStatementsAsync(statements, "deep", deep);
        var shallowStatement = await TimeAsync(i => statements.AppendAsync("shallow", [Said("shallow", 1_000_000 + i)]));
        var deepStatement = await TimeAsync(i => statements.AppendAsync("deep", [Said("deep", 1_000_000 + i)]));
        Report("statement append", 10, shallowStatement, deep, deepStatement);

        for (var i = 0; i < 10; i++) await alerts.AppendAsync(Raised($"early-{i}"));
        var shallowAlert = await TimeAsync(i => alerts.AppendAsync(Raised($"shallow-{i}")));
        for (var start = 10 + Samples; start < deep; start += 500)
            await Task.WhenAll(Enumerable.Range(start, Math.Min(500, deep - start)).Select(i => alerts.AppendAsync(Raised($"fill-{i}"))));
        var deepAlert = await TimeAsync(i => alerts.AppendAsync(Raised($"deep-{i}")));
        Report("alert append", 10, shallowAlert, deep, deepAlert);
        return 0;
    }

    private static async Task FillStatementsAsync(IStatementLog log, string actor, int count)
    {
        for (var start = 0; start < count; start += 1_000)
        {
            var batch = Enumerable.Range(start, Math.Min(1_000, count - start)).Select(i => Said(actor, i)).ToArray();
            await Task.WhenAll(batch.Chunk(100).Select(chunk => log.AppendAsync(actor, chunk)));
        }
    }

    private static async Task<double[]> TimeAsync(Func<int, Task> append)
    {
        var times = new double[Samples];
        for (var i = 0; i < Samples; i++)
        {
            var clock = Stopwatch.StartNew();
            await append(i);
            times[i] = clock.Elapsed.TotalMilliseconds;
        }
        return times;
    }

    private static void Report(string what, int shallow, double[] shallowTimes, int deep, double[] deepTimes)
    {
        Console.WriteLine($"  {what}: log of {shallow:N0}: p50 {Percentile(shallowTimes, 0.5):F3} ms, p99 {Percentile(shallowTimes, 0.99):F3} ms; " +
            $"log of {deep:N0}: p50 {Percentile(deepTimes, 0.5):F3} ms, p99 {Percentile(deepTimes, 0.99):F3} ms; " +
            $"ratio of medians {Median(deepTimes) / Median(shallowTimes):F2}");
    }

    private static Statement Said(string actor, int i) =>
        new($"{actor}-{i}", $"doc-{i % 97}", actor, "A Spokesperson", $"The ministry restated its position on the matter, remark {i}.", true,
            StatementMode.Assert, "trade", Stance.Support, DateTimeOffset.UnixEpoch.AddYears(54).AddMinutes(i), null, [new SourceRef("Wire", null)]);

    private static Alert Raised(string id) =>
        new(id, 0, AlertKinds.StanceReversal, AlertSeverity.High, 0.9, "bench", "trade",
            new AlertStatement($"{id}-e", null, "bench", null, "We support it.", DateTimeOffset.UnixEpoch.AddYears(54), [new SourceRef("Wire", null)]),
            new AlertStatement($"{id}-l", null, "bench", null, "We oppose it.", DateTimeOffset.UnixEpoch.AddYears(54).AddDays(3), [new SourceRef("Wire", null)]),
            "Support turned to opposition.", AlertStatus.Open, DateTimeOffset.UnixEpoch.AddYears(54).AddDays(3), "stance/v1");
}
