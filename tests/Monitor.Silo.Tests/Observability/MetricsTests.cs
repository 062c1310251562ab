using System.Net;
using System.Text.Json.Nodes;
using static Monitor.Silo.Tests.Json;

namespace Monitor.Silo.Tests.Observability;

/// <summary>
/// GET /metrics of a real service. The service runs as a process of its own: a meter provider listens to every meter
/// of its name in the process, so beside the other tests' in-process services the counts would not be this one's.
/// </summary>
public sealed class MetricsTests : IAsyncLifetime
{
    /// <summary>China turns on NATO in Asia (a stance reversal) and NATO denies what an outlet reported (a denial of a report).</summary>
    public static readonly object[] Documents =
    [
        new
        {
            id = "obs-d1", source = "Example Wire", url = "https://wire.example/obs-1", publishedAt = "2023-05-04T10:00:00Z",
            text = "\"We firmly oppose any Asia-Pacific version of NATO,\" Mao Ning told reporters. The Nikkei Asia reported that NATO plans to open a liaison office in Tokyo.",
        },
        new
        {
            id = "obs-d2", source = "Example Wire", url = "https://wire.example/obs-2", publishedAt = "2023-07-12T10:00:00Z",
            text = "\"NATO has no plans to open a liaison office in Tokyo,\" Jens Stoltenberg told reporters. \"We welcome an Asia-Pacific version of NATO,\" Mao Ning said on Wednesday.",
        },
    ];

    private readonly string _data = Path.Combine(Path.GetTempPath(), "monitor-metrics-" + Guid.NewGuid().ToString("N"));
    private ServiceProcess _service = null!;
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        _service = await ServiceProcess.StartAsync(_data, "--no-sample", "--Monitor:Embeddings=false", "--Monitor:Webhooks:AllowedHosts:0=127.0.0.1");
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _receiver.DisposeAsync();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task Every_metric_the_grafana_dashboard_queries_is_in_a_scrape_after_a_document()
    {
        var client = _service.Client;
        await SubscribeAsync($"{_receiver.Url}/hook/dashboard");
        foreach (var document in Documents)
        {
            using var response = await client.PostAsync("/api/documents", Body(document));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        var wanted = ObservabilityDeploymentTests.QueriedMetrics();
        Assert.NotEmpty(wanted);
        await UntilAsync(async () =>
        {
            var scrape = await PrometheusScrape.ReadAsync(client);
            return wanted.All(scrape.Has);
        }, "every metric the dashboard queries: " + string.Join(", ", wanted));
    }

    [Fact]
    public async Task Ingesting_a_known_corpus_moves_each_counter_and_histogram_by_what_happened()
    {
        var client = _service.Client;
        var before = await PrometheusScrape.ReadAsync(client);
        var delivered = await SubscribeAsync($"{_receiver.Url}/hook/metrics");
        // The receiver has no such path: 404, which is never retried, so every delivery there is dead-lettered at once.
        var refused = await SubscribeAsync($"{_receiver.Url}/missing/metrics");

        using var stream = await client.GetAsync("/api/alerts/stream", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
        await UntilAsync(async () => (await PrometheusScrape.ReadAsync(client)).Value("monitor_sse_clients") == 1, "one open event stream");

        var recorded = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in Documents)
        {
            using var response = await client.PostAsync("/api/documents", Body(document));
            var answer = await ReadAsync(response);
            Assert.True(response.IsSuccessStatusCode, answer.ToJsonString());
            foreach (var statement in answer["documents"]!.AsArray().SelectMany(d => d!["statements"]!.AsArray()))
            {
                if (!(bool)statement!["created"]!) continue;
                var log = (string)statement["log"]!;
                var label = log.StartsWith('~') ? "~voice" : log;
                recorded[label] = recorded.GetValueOrDefault(label) + 1;
            }
        }

        var alerts = (await GetAsync(client, "/api/alerts?since=0"))["items"]!.AsArray().Select(a => a!.AsObject()).ToArray();
        Assert.Contains(alerts, a => (string)a["kind"]! == "stance-reversal");
        var deliverable = alerts.Count(a => a["suppressedBy"] is null);
        await _receiver.WaitForAsync("metrics", received => received.Count >= deliverable);
        await UntilAsync(async () => (await PrometheusScrape.ReadAsync(client)).Value("monitor_webhook_dead_letters_total") >= deliverable, $"{deliverable} dead letters");
        stream.Dispose();
        await UntilAsync(async () => (await PrometheusScrape.ReadAsync(client)).Value("monitor_sse_clients") == 0, "the event stream closed");

        var after = await PrometheusScrape.ReadAsync(client);
        double Moved(string name, params (string, string)[] labels) => after.Value(name, labels) - before.Value(name, labels);

        Assert.Equal(new[] { "china", "nato", "~voice" }, recorded.Keys.Order(StringComparer.Ordinal));
        foreach (var (actor, count) in recorded) Assert.Equal(count, Moved("monitor_statements_recorded_total", ("actor", actor)));
        Assert.Equal(recorded.Count, after.Series("monitor_statements_recorded_total").Count);
        Assert.Equal(Documents.Length, Moved("monitor_documents_ingested_total"));

        foreach (var group in alerts.GroupBy(a => ((string)a["kind"]!, (string)a["severity"]!)))
            Assert.Equal(group.Count(), Moved("monitor_alerts_raised_total", ("kind", group.Key.Item1), ("severity", group.Key.Item2)));
        Assert.Equal(alerts.Length, after.Series("monitor_alerts_raised_total").Sum(s => s.Value) - before.Series("monitor_alerts_raised_total").Sum(s => s.Value));

        Assert.Equal(deliverable, _receiver.For("metrics").Count);
        Assert.Equal(deliverable, Moved("monitor_webhook_deliveries_total", ("outcome", "delivered")));
        Assert.Equal(deliverable, Moved("monitor_webhook_deliveries_total", ("outcome", "dead-lettered")));
        Assert.Equal(0, Moved("monitor_webhook_deliveries_total", ("outcome", "retrying")));
        Assert.Equal(deliverable, Moved("monitor_webhook_dead_letters_total"));
        Assert.Equal(deliverable, (await GetAsync(client, $"/api/subscriptions/{refused}/deliveries")).AsArray().Count);
        Assert.NotEqual(delivered, refused);

        Assert.Equal(Documents.Length, Moved("monitor_extraction_seconds_count"));
        Assert.True(Moved("monitor_extraction_seconds_sum") > 0, "extraction took no time");
        Assert.Equal(Documents.Length, Moved("monitor_extraction_seconds_bucket", ("le", "+Inf")));
        // Every new statement is judged once by its watcher.
        Assert.Equal(recorded.Values.Sum(), Moved("monitor_watcher_evaluation_seconds_count"));
        Assert.True(Moved("monitor_watcher_evaluation_seconds_sum") > 0, "watchers took no time");

        // Orleans' meters and the platform's instrumentation come with Monitor's own.
        foreach (var name in new[] { "orleans_catalog_activations", "http_server_request_duration_seconds_count", "dotnet_gc_collections_total", "process_cpu_time_seconds_total" })
            Assert.True(after.Has(name), $"/metrics has no {name}");
    }

    private async Task<string> SubscribeAsync(string url)
    {
        var body = new JsonObject { ["url"] = url, ["secret"] = "a-secret-of-enough-length" };
        using var response = await _service.Client.PostAsync("/api/subscriptions", Body(body.ToJsonString()));
        var created = await ReadAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, created.ToJsonString());
        return (string)created["id"]!;
    }

    private static async Task UntilAsync(Func<Task<bool>> done, string what, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, $"not within {seconds} s: {what}");
            await Task.Delay(100);
        }
    }
}
