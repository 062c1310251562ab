using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Monitor.Abstractions;
using Monitor.Silo.Observability;

using static Monitor.Benchmarks.BenchArguments;
using static Monitor.Benchmarks.BenchStatistics;

namespace Monitor.Benchmarks;

/// <summary>
/// The cluster benchmark's statements/s with the service's telemetry off against on (`cluster --telemetry`).
/// A setting is read once at start, so two clusters run side by side, each on its own redis-server: one with
/// metrics and tracing off, one with both on, its /metrics scraped while it is measured as Prometheus would.
/// Rounds alternate between them (off, on, off, on, …), so whatever else loads the shared host falls on both
/// alike; the cluster not being measured is idle. Besides statements/s, the silos' own CPU per statement, which
/// the rest of the host's load disturbs less than throughput does.
/// </summary>
public static class TelemetryOverhead
{
    private static readonly IReadOnlyList<string> Off = ["--Monitor:Metrics:Enabled=false", "--Monitor:Tracing:Enabled=false"];

    // Stated rather than left to the defaults, so the comparison holds if a default changes. The sampler is not set:
    // the service ships the SDK's own (always, parent-based), and it records every span even with no exporter.
    private static readonly IReadOnlyList<string> On = ["--Monitor:Metrics:Enabled=true", "--Monitor:Tracing:Enabled=true"];

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var silos = int.TryParse(OptionText(args, "--silos", "1"), out var count) ? count : 0;
        var actors = Option(args, "--actors", 100);
        var perActor = Option(args, "--per-actor", 100);
        var rounds = Option(args, "--rounds", 5);
        var clients = Option(args, "--clients", 8);
        var batchSize = Option(args, "--batch", 10);
        var scrapeEvery = Option(args, "--scrape-ms", 1_000);
        var otlp = args.Contains("--otlp");
        if (silos is < 1 or > 9 || actors is < 1 or > 26 * 26 * 26 || perActor < 2 || rounds is < 1 or > 26 * 26 || clients < 1
            || batchSize is < 1 or > 1_000 || scrapeEvery < 100)
        {
            Console.Error.WriteLine("usage: cluster --telemetry [--silos 1] [--actors 100] [--per-actor 100] [--rounds 5] [--clients 8] [--batch 10] [--scrape-ms 1000] [--otlp]");
            return 2;
        }
        if (!File.Exists(ClusterSilo.ServiceDll))
        {
            Console.Error.WriteLine($"{ClusterSilo.ServiceDll} is missing: it comes with the Monitor.Silo project reference; build bench/Monitor.Benchmarks.");
            return 1;
        }

        var cores = Environment.ProcessorCount;
        Console.WriteLine($"Monitor telemetry overhead — {cores} cores; two clusters of {silos} silo process(es) of Monitor.Silo.dll side by side, each on a redis-server of its own (appendonly, appendfsync always); {string.Join(" ", args)}");
        Console.WriteLine($"off: {string.Join(" ", Off)}");
        Console.WriteLine($"on:  {string.Join(" ", On)}, GET /metrics on every silo every {scrapeEvery} ms while it sends, " +
            (otlp ? "spans exported over OTLP/HTTP to a loopback sink in this process (it reads and counts them, as a collector's receiver would)"
                  : "spans recorded with the service's sampling (always, parent-based) and not exported: no Monitor:Otlp:Endpoint, as the service ships"));
        Console.WriteLine($"Per round {actors} new actors × {perActor} statements = {actors * perActor:N0} through POST /api/statements, sent by {clients} clients in batches of {batchSize}, " +
            $"timed from the first send to the last acknowledgement; {rounds} round(s) of each, alternating off, on, off, on, … after a warm-up of each as large as a round; " +
            "after each round its alerts are awaited, so the next round does not share the host with the watchers' backlog.");
        Console.WriteLine();

        await using var sink = otlp ? await OtlpSink.StartAsync() : null;
        var onSettings = sink is null ? On : [.. On, $"--Monitor:Otlp:Endpoint={sink.Url}/v1/traces", "--Monitor:Otlp:Protocol=http/protobuf"];
        await using var offCluster = await BenchCluster.StartAsync(silos, Off, cancellationToken);
        await using var onCluster = await BenchCluster.StartAsync(silos, onSettings, cancellationToken);
        Console.WriteLine($"clusters started: off in {offCluster.StartTime.TotalSeconds:F1} s, on in {onCluster.StartTime.TotalSeconds:F1} s");
        // The settings are the whole point: a cluster that did not take them would compare nothing with nothing.
        await ExpectMetricsAsync(offCluster, HttpStatusCode.NotFound, cancellationToken);
        await ExpectMetricsAsync(onCluster, HttpStatusCode.OK, cancellationToken);

        await using var off = await Arm.ConnectAsync("off", offCluster, scraped: false, cancellationToken);
        await using var on = await Arm.ConnectAsync("on", onCluster, scraped: true, cancellationToken);
        var warmup = BenchCorpus.Create("warm", actors, perActor, batchSize);
        foreach (var arm in new[] { off, on })
        {
            var result = await arm.RoundAsync(warmup, clients, TimeSpan.FromMilliseconds(scrapeEvery), sink, cancellationToken);
            Console.WriteLine($"warm-up {arm.Name,-3}: {result.Rate,6:N0} statements/s (not counted)");
            arm.Cluster.Log.Clear();
        }
        Console.WriteLine();

        Console.WriteLine("round | setting | statements/s | silo CPU ms per 1,000 statements | others' CPU | scrapes: count, p50 ms, KiB each" + (sink is null ? "" : " | OTLP batches, KiB"));
        for (var round = 0; round < rounds; round++)
        {
            var corpus = BenchCorpus.Create($"round-{BenchCorpus.Letters(round, 2)}", actors, perActor, batchSize);
            foreach (var arm in new[] { off, on })
            {
                var result = await arm.RoundAsync(corpus, clients, TimeSpan.FromMilliseconds(scrapeEvery), sink, cancellationToken);
                arm.Results.Add(result);
                var others = result.Others is { } share ? share.ToString("P0") : "—";
                var scrapes = result.Scrapes.Count == 0 ? "—"
                    : $"{result.Scrapes.Count}, {Percentile(result.Scrapes, 0.5):F1} ms, {result.ScrapeBytes / 1024.0 / result.Scrapes.Count:F0} KiB" + (result.ScrapeFailures > 0 ? $", {result.ScrapeFailures} failed" : "");
                var exported = sink is null ? "" : $" | {(arm.Scraped ? $"{result.ExportBatches}, {result.ExportBytes / 1024.0:N0} KiB" : "—")}";
                Console.WriteLine($"{round + 1,5} | {arm.Name,-7} | {result.Rate,12:N0} | {result.CpuPerThousand,32:N0} | {others,11} | {scrapes}{exported}");
            }
        }

        Console.WriteLine();
        var offRate = Median([.. off.Results.Select(r => r.Rate)]);
        var onRate = Median([.. on.Results.Select(r => r.Rate)]);
        var pairs = off.Results.Zip(on.Results, (o, n) => n.Rate / o.Rate).ToArray();
        Console.WriteLine($"statements/s, median of {rounds}: off {offRate:N0}, on {onRate:N0}; on/off {onRate / offRate:F2} " +
            $"(each round's on/off: {string.Join(", ", pairs.Select(p => p.ToString("F2")))}; median {Median(pairs):F2})");
        var offCpu = Median([.. off.Results.Select(r => r.CpuPerThousand)]);
        var onCpu = Median([.. on.Results.Select(r => r.CpuPerThousand)]);
        var cpuPairs = off.Results.Zip(on.Results, (o, n) => n.CpuPerThousand / o.CpuPerThousand).ToArray();
        Console.WriteLine($"silo CPU ms per 1,000 statements, median of {rounds}: off {offCpu:N0}, on {onCpu:N0}; on/off {onCpu / offCpu:F2} " +
            $"(each round's on/off: {string.Join(", ", cpuPairs.Select(p => p.ToString("F2")))}; median {Median(cpuPairs):F2})");
        var shares = off.Results.Concat(on.Results).Select(r => r.Others).OfType<double>().ToArray();
        if (shares.Length > 0)
            Console.WriteLine($"others' CPU: processes other than this benchmark, its silos and its Redis took {shares.Min():P0}–{shares.Max():P0} of the host's CPU while sending");
        foreach (var arm in new[] { off, on })
        {
            var missing = arm.Results.Sum(r => r.MissingReversals);
            Console.WriteLine($"{arm.Name}: requests sent again: {(arm.Sender.Retries == 0 ? "none" : arm.Sender.Retries.ToString())}; stream reconnects: {arm.Stream.Reconnects}; " +
                (missing > 0 ? $"{missing} stance reversals did not arrive within a minute; " : "") +
                $"service log: {arm.Cluster.Log.Warnings} warning(s), {arm.Cluster.Log.Errors} error(s)" +
                string.Concat(arm.Cluster.Log.MostFrequent(3).Select(k => $"{Environment.NewLine}    {k.Count,6:N0} × {k.Kind}")));
        }
        return 0;
    }

    private static async Task ExpectMetricsAsync(BenchCluster cluster, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        foreach (var silo in cluster.Silos)
        {
            using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            bounded.CancelAfter(TimeSpan.FromSeconds(30));
            using var response = await silo.Client.GetAsync(MonitorTelemetry.MetricsPath, bounded.Token);
            if (response.StatusCode != expected)
                throw new InvalidOperationException($"GET {MonitorTelemetry.MetricsPath} on silo {silo.Number} answered {(int)response.StatusCode}, not {(int)expected}: the telemetry settings did not take.");
        }
    }

    /// <summary>One round's figures for one setting.</summary>
    private sealed record RoundResult(double Rate, double CpuPerThousand, double? Others, IReadOnlyList<double> Scrapes, long ScrapeBytes, int ScrapeFailures,
        int ExportBatches, long ExportBytes, int MissingReversals);

    /// <summary>One setting: its cluster, a client sending to it, its alert stream, and whether it is scraped.</summary>
    private sealed class Arm : IAsyncDisposable
    {
        private Arm(string name, BenchCluster cluster, AlertStreamClient stream, bool scraped)
        {
            Name = name;
            Cluster = cluster;
            Sender = new ClusterSender(cluster);
            Stream = stream;
            Scraped = scraped;
        }

        public string Name { get; }

        public BenchCluster Cluster { get; }

        public ClusterSender Sender { get; }

        public AlertStreamClient Stream { get; }

        public bool Scraped { get; }

        public List<RoundResult> Results { get; } = [];

        public static async Task<Arm> ConnectAsync(string name, BenchCluster cluster, bool scraped, CancellationToken cancellationToken) =>
            new(name, cluster, await AlertStreamClient.ConnectAsync(cluster.Silos[0], cancellationToken), scraped);

        public async Task<RoundResult> RoundAsync(BenchCorpus corpus, int clients, TimeSpan scrapeEvery, OtlpSink? sink, CancellationToken cancellationToken)
        {
            await Sender.PutActorsAsync(corpus.Actors, clients, cancellationToken);
            var acknowledged = new ConcurrentDictionary<string, Acknowledgement>(StringComparer.Ordinal);
            var scraper = Scraped ? Scraper.Start(Cluster.Silos, scrapeEvery) : null;
            var exported = sink?.Snapshot() ?? default;
            var host = HostCpu.Sample();
            var silosCpu = SilosCpu();
            var started = Stopwatch.GetTimestamp();
            await Sender.SendAsync(corpus, clients, acknowledged, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started);
            var cpu = SilosCpu() - silosCpu;
            var shares = HostCpu.Between(host, HostCpu.Sample());
            // Stopped once the round is timed: the other cluster's round must not pay for this one's scrapes.
            if (scraper is not null) await scraper.DisposeAsync();
            var alerts = await ClusterBenchmark.SettleAsync(Stream, acknowledged, corpus.ExpectedReversals, cancellationToken);
            // Read after the alerts settle, by when the exporter's batches of the round have had their five seconds to leave.
            var exportedAfter = sink?.Snapshot() ?? default;
            return new RoundResult(
                corpus.Count / elapsed.TotalSeconds,
                cpu.TotalMilliseconds * 1_000 / corpus.Count,
                shares?.Others,
                scraper?.Milliseconds ?? [],
                scraper?.Bytes ?? 0,
                scraper?.Failures ?? 0,
                exportedAfter.Batches - exported.Batches,
                exportedAfter.Bytes - exported.Bytes,
                Math.Max(0, corpus.ExpectedReversals - alerts.Count(a => a.Kind == AlertKinds.StanceReversal)));
        }

        public ValueTask DisposeAsync() => Stream.DisposeAsync();

        private TimeSpan SilosCpu() => Cluster.Silos.Aggregate(TimeSpan.Zero, (sum, silo) => sum + silo.ProcessorTime);
    }

    /// <summary>GET /metrics on every silo at a fixed interval, as a Prometheus scrape job does, with a connection of its own.</summary>
    private sealed class Scraper : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly List<HttpClient> _clients;
        private Task _loop = Task.CompletedTask;

        private Scraper(IEnumerable<ClusterSilo> silos) =>
            _clients = [.. silos.Select(s => new HttpClient { BaseAddress = s.Client.BaseAddress, Timeout = TimeSpan.FromSeconds(10) })];

        /// <summary>Each scrape's time until its body was read; read once the scraper is disposed.</summary>
        public List<double> Milliseconds { get; } = [];

        public long Bytes { get; private set; }

        public int Failures { get; private set; }

        public static Scraper Start(IEnumerable<ClusterSilo> silos, TimeSpan every)
        {
            var scraper = new Scraper(silos);
            scraper._loop = Task.Run(() => scraper.LoopAsync(every), CancellationToken.None);
            return scraper;
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _loop;
            foreach (var client in _clients) client.Dispose();
            _stop.Dispose();
        }

        private async Task LoopAsync(TimeSpan every)
        {
            using var timer = new PeriodicTimer(every);
            try
            {
                do
                {
                    foreach (var client in _clients)
                    {
                        var started = Stopwatch.GetTimestamp();
                        try
                        {
                            using var response = await client.GetAsync(MonitorTelemetry.MetricsPath, _stop.Token);
                            var body = await response.Content.ReadAsByteArrayAsync(_stop.Token);
                            if (response.StatusCode != HttpStatusCode.OK)
                            {
                                Failures++;
                                continue;
                            }
                            Milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                            Bytes += body.Length;
                        }
                        catch (Exception exception) when (exception is HttpRequestException || (exception is OperationCanceledException && !_stop.IsCancellationRequested))
                        {
                            Failures++;
                        }
                    }
                }
                while (await timer.WaitForNextTickAsync(_stop.Token));
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
            }
        }
    }

    /// <summary>Export batches and bytes the sink has taken so far.</summary>
    private readonly record struct Exported(int Batches, long Bytes);

    /// <summary>
    /// A loopback OTLP/HTTP receiver: it reads each batch of spans whole and answers 200, so the exporter does all its
    /// work; the spans are counted in bytes, not decoded.
    /// </summary>
    private sealed class OtlpSink : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private int _batches;
        private long _bytes;

        private OtlpSink(WebApplication app) => _app = app;

        public string Url { get; private set; } = "";

        public Exported Snapshot() => new(Volatile.Read(ref _batches), Interlocked.Read(ref _bytes));

        public static async Task<OtlpSink> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var sink = new OtlpSink(app);
            app.MapPost("/v1/traces", async (HttpContext context) =>
            {
                using var body = new MemoryStream();
                await context.Request.Body.CopyToAsync(body);
                Interlocked.Increment(ref sink._batches);
                Interlocked.Add(ref sink._bytes, body.Length);
                return Results.Ok();
            });
            await app.StartAsync();
            sink.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return sink;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
