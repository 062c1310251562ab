using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Monitor.Silo;
using Monitor.TestSupport;

using static Monitor.Benchmarks.BenchArguments;
using static Monitor.Benchmarks.BenchStatistics;

namespace Monitor.Benchmarks;

/// <summary>
/// Measures the service over real HTTP on loopback, as clients see it: documents per second through
/// POST /api/documents, and the time from POST /api/statements of a contradicting statement until
/// the webhook receiver and a server-sent-events client each have the alert, with many subscriptions.
/// </summary>
public static class ServiceBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var subscriptions = Option(args, "--subscriptions", 1_000);
        var alertCount = Option(args, "--alerts", 40);
        var documents = Option(args, "--documents", 200);
        var json = BenchJson.FileFrom(args);
        var figures = new SortedDictionary<string, object>(StringComparer.Ordinal) { ["cores"] = Environment.ProcessorCount };
        var data = Path.Combine(Path.GetTempPath(), "monitor-service-bench-" + Guid.NewGuid().ToString("N"));
        await using var receiver = await Receiver.StartAsync();
        var app = MonitorHost.Build([
            "--urls", "http://127.0.0.1:0", "--data", data, "--no-sample", "--log-level", "Warning",
            "--silo-port", LoopbackPorts.Next().ToString(), "--gateway-port", LoopbackPorts.Next().ToString(),
            "--Monitor:Webhooks:AllowedHosts:0=127.0.0.1", $"--Monitor:Webhooks:MaxSubscriptionsPerKey={subscriptions + 10}",
            .. args.Where(a => a.StartsWith("--Monitor:", StringComparison.Ordinal)),
        ]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
        Console.WriteLine($"Monitor service benchmark — {Environment.ProcessorCount} cores, real HTTP on loopback, data in {data}, {string.Join(" ", args)}");
        try
        {
            if (documents > 0)
            {
                var rates = await DocumentsAsync(client, documents);
                figures["documents_per_s_one_client"] = rates[1];
                // Four clients, as the targets count articles/s.
                figures[BenchJson.DocumentsPerSecond] = rates[4];
            }
            figures[BenchJson.WebhookP99Milliseconds] = await DeliveryAsync(client, receiver, subscriptions, alertCount);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
        await BenchJson.WriteAsync(json, figures);
        return 0;
    }

    /// <summary>Documents per second by the number of clients sending them.</summary>
    private static async Task<IReadOnlyDictionary<int, double>> DocumentsAsync(HttpClient client, int count)
    {
        var rates = new Dictionary<int, double>();
        Console.WriteLine();
        Console.WriteLine($"Documents through POST /api/documents ({count} articles of ~{Words(ExtractionBenchmarkArticle.Text)} words, one per request)");
        foreach (var concurrency in new[] { 1, 4 })
        {
            var watch = Stopwatch.StartNew();
            var next = 0;
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) <= count)
                {
                    using var response = await client.PostAsJsonAsync("api/documents", new
                    {
                        id = $"bench-{concurrency}-{i}",
                        source = $"Bench Wire {i % 7}",
                        url = $"https://bench.example/{concurrency}/{i}",
                        publishedAt = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i),
                        text = UniqueQuotes(ExtractionBenchmarkArticle.Text, concurrency * 100_000 + i),
                    });
                    response.EnsureSuccessStatusCode();
                }
            }));
            Console.WriteLine($"  {concurrency} client(s): {count / watch.Elapsed.TotalSeconds,7:F1} documents/s");
            rates[concurrency] = count / watch.Elapsed.TotalSeconds;
        }
        return rates;
    }

    /// <summary>Returns the p99 from the POST to the first webhook, in milliseconds.</summary>
    private static async Task<double> DeliveryAsync(HttpClient client, Receiver receiver, int subscriptions, int alerts)
    {
        Console.WriteLine();
        Console.WriteLine($"Alert latency with {subscriptions:N0} webhook subscriptions all matching, {alerts} alerts, one at a time");
        (await client.PutAsJsonAsync("api/actors/bench-desk", new { name = "Bench desk" })).EnsureSuccessStatusCode();
        for (var i = 0; i < subscriptions; i++)
        {
            using var response = await client.PostAsJsonAsync("api/subscriptions", new { url = $"{receiver.Url}/hook/{i}", secret = "a-benchmark-secret-value", filter = new { actors = new[] { "bench-desk" } } });
            response.EnsureSuccessStatusCode();
        }

        var sse = new ConcurrentDictionary<string, long>();
        using var streamCancel = new CancellationTokenSource();
        var stream = ReadStreamAsync(client.BaseAddress!, sse, streamCancel.Token);
        await Task.Delay(1000);

        var toWebhook = new List<double>();
        var toStream = new List<double>();
        var deliveriesBefore = receiver.Count;
        var watch = Stopwatch.StartNew();
        for (var a = 0; a < alerts; a++)
        {
            var topic = $"bench-topic-{a}";
            (await client.PostAsJsonAsync("api/statements", new { id = $"bd-{a}-s", actor = "bench-desk", text = $"We support the {topic} plan.", saidAt = "2024-03-01T09:00:00Z", topic, stance = "support" })).EnsureSuccessStatusCode();
            var started = Stopwatch.GetTimestamp();
            using var response = await client.PostAsJsonAsync("api/statements", new { id = $"bd-{a}-o", actor = "bench-desk", text = $"We oppose the {topic} plan.", saidAt = "2024-03-02T09:00:00Z", topic, stance = "oppose" });
            response.EnsureSuccessStatusCode();
            var webhook = await receiver.FirstForTopicAsync(topic);
            toWebhook.Add(Stopwatch.GetElapsedTime(started, webhook).TotalMilliseconds);
            var streamed = await WaitAsync(() => sse.TryGetValue(topic, out var t) ? t : (long?)null);
            toStream.Add(Stopwatch.GetElapsedTime(started, streamed).TotalMilliseconds);
        }
        var expected = deliveriesBefore + (long)alerts * subscriptions;
        await WaitAsync(() => receiver.Count >= expected ? Stopwatch.GetTimestamp() : (long?)null, seconds: 600);
        watch.Stop();
        await streamCancel.CancelAsync();
        try { await stream; } catch (OperationCanceledException) { }

        Console.WriteLine($"  POST → first webhook received: p50 {Percentile(toWebhook, 0.5),7:F1} ms, p99 {Percentile(toWebhook, 0.99),7:F1} ms  (goal p99 ≤ 250 ms)");
        Console.WriteLine($"  POST → server-sent event:      p50 {Percentile(toStream, 0.5),7:F1} ms, p99 {Percentile(toStream, 0.99),7:F1} ms");
        Console.WriteLine($"  deliveries: {alerts * subscriptions:N0} webhooks in {watch.Elapsed.TotalSeconds:F1} s = {alerts * subscriptions / watch.Elapsed.TotalSeconds:N0} deliveries/s");
        return Percentile(toWebhook, 0.99);
    }

    private static async Task ReadStreamAsync(Uri server, ConcurrentDictionary<string, long> seen, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = server, Timeout = Timeout.InfiniteTimeSpan };
        using var response = await client.GetAsync("api/alerts/stream?actor=bench-desk", HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (!line.StartsWith("data: ", StringComparison.Ordinal)) continue;
            var topic = (string?)JsonNode.Parse(line[6..])!["topic"];
            if (topic is not null) seen.TryAdd(topic, Stopwatch.GetTimestamp());
        }
    }

    private static async Task<long> WaitAsync(Func<long?> probe, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (probe() is { } value) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the benchmark waited too long");
            await Task.Delay(1);
        }
    }

    /// <summary>Marks every quote with the document number, so each document brings new statements rather than copies.</summary>
    private static string UniqueQuotes(string text, int n) =>
        System.Text.RegularExpressions.Regex.Replace(text, "([\u201C\"])([^\u201D\"]{8,}?)([,.]?)([\u201D\"])", m => $"{m.Groups[1].Value}{m.Groups[2].Value} in dispatch {n}{m.Groups[3].Value}{m.Groups[4].Value}");

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Counts webhooks and notes when the first one for each topic arrived.</summary>
    private sealed class Receiver : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentDictionary<string, long> _firstByTopic = new();
        private long _count;

        private Receiver(WebApplication app) => _app = app;

        public string Url { get; private set; } = "";

        public long Count => Interlocked.Read(ref _count);

        public static async Task<Receiver> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var receiver = new Receiver(app);
            app.MapPost("/hook/{n}", async (HttpContext context) =>
            {
                var alert = await JsonNode.ParseAsync(context.Request.Body);
                var topic = (string?)alert?["topic"];
                if (topic is not null) receiver._firstByTopic.TryAdd(topic, Stopwatch.GetTimestamp());
                Interlocked.Increment(ref receiver._count);
                return Results.Ok();
            });
            await app.StartAsync();
            receiver.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return receiver;
        }

        public Task<long> FirstForTopicAsync(string topic) => WaitAsync(() => _firstByTopic.TryGetValue(topic, out var t) ? t : null);

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
