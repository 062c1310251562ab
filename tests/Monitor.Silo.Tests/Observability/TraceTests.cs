using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Grains.Diagnostics;
using OpenTelemetry.Trace;
using static Monitor.Silo.Tests.Json;

namespace Monitor.Silo.Tests.Observability;

/// <summary>
/// One trace from POST /api/documents to the webhook it causes: the HTTP request, the grain calls, the watcher's
/// judgement and the webhook's own HTTP call share a trace id, seen by an in-memory exporter added to the real
/// service's tracer provider.
/// </summary>
public sealed class TraceTests : IAsyncLifetime
{
    private readonly SpanList _spans = new();
    private RunningService _service = null!;
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        _service = await RunningService.StartAsync(
            ["--no-sample", "--Monitor:Embeddings=false", "--Monitor:Webhooks:AllowedHosts:0=127.0.0.1"],
            configure: builder => builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_spans)));
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task A_document_that_raises_an_alert_is_one_trace_from_the_request_through_the_grains_to_the_webhook()
    {
        var client = _service.Client;
        using (var created = await client.PostAsync("/api/subscriptions", Body(new JsonObject { ["url"] = $"{_receiver.Url}/hook/trace", ["secret"] = "a-secret-of-enough-length" }.ToJsonString())))
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        // A new subscription's first timer tick reads the alert log once; an alert it picked up there would be
        // delivered from the timer, outside the request's trace. Past that tick, only the notification delivers.
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        foreach (var document in MetricsTests.Documents)
        {
            using var response = await client.PostAsync("/api/documents", Body(document));
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
        var hook = (await _receiver.WaitForAsync("trace", received => received.Count >= 1))[0];

        // The webhook's HTTP call names the receiver; its trace is the one to follow back.
        Activity? webhookCall = null;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((webhookCall = _spans.Snapshot().FirstOrDefault(s => s.Kind == ActivityKind.Client && s.Source.Name == "System.Net.Http"
                   && (s.GetTagItem("url.full") as string)?.StartsWith($"{_receiver.Url}/hook/trace", StringComparison.Ordinal) == true)) is null)
        {
            Assert.True(DateTime.UtcNow < deadline, "no span for the webhook's HTTP call");
            await Task.Delay(100);
        }
        var traceId = webhookCall.TraceId;
        // The delivery span ends after the call it wraps; give it the moment it takes to be written.
        deadline = DateTime.UtcNow.AddSeconds(10);
        while (!_spans.Snapshot().Any(s => s.TraceId == traceId && s.OperationName == MonitorActivities.DeliverWebhook))
        {
            Assert.True(DateTime.UtcNow < deadline, "no delivery span in the webhook call's trace");
            await Task.Delay(100);
        }

        var trace = _spans.Snapshot().Where(s => s.TraceId == traceId).ToArray();
        string Show() => string.Join(Environment.NewLine, trace.Select(s => $"{s.Source.Name} {s.Kind} {s.DisplayName}"));
        Assert.True(trace.Any(s => s.Kind == ActivityKind.Server && s.Source.Name == "Microsoft.AspNetCore" && s.DisplayName == "POST /api/documents"),
            $"the trace does not start at POST /api/documents:{Environment.NewLine}{Show()}");
        Assert.True(trace.Any(s => s.OperationName == MonitorActivities.IngestDocuments), $"no ingestion span:{Environment.NewLine}{Show()}");
        Assert.True(trace.Any(s => s.OperationName == MonitorActivities.ExtractDocument), $"no extraction span:{Environment.NewLine}{Show()}");
        Assert.True(trace.Any(s => s.Source.Name == "Microsoft.Orleans.Application" && s.Kind == ActivityKind.Server && s.DisplayName.Contains("ActorGrain", StringComparison.Ordinal)),
            $"no actor grain call:{Environment.NewLine}{Show()}");
        Assert.True(trace.Any(s => s.Source.Name == "Microsoft.Orleans.Application" && s.DisplayName.Contains("SubscriptionGrain", StringComparison.Ordinal)),
            $"no subscription grain call:{Environment.NewLine}{Show()}");
        Assert.True(trace.Any(s => s.OperationName == MonitorActivities.EvaluateStatements && s.GetTagItem("monitor.alerts.raised") is int raised && raised > 0),
            $"no watcher span that raised an alert:{Environment.NewLine}{Show()}");
        // The document raises more than one alert, each its own delivery; the HTTP call sits inside one of them.
        var delivery = trace.Single(s => s.SpanId == webhookCall.ParentSpanId);
        Assert.Equal(MonitorActivities.DeliverWebhook, delivery.OperationName);
        Assert.Contains(trace, s => s.OperationName == MonitorActivities.DeliverWebhook && (string?)s.GetTagItem("monitor.delivery") == hook.DeliveryId);
    }
}

/// <summary>Spans as the exporter hands them over, from the exporter's thread, read safely from the test's.</summary>
internal sealed class SpanList : ICollection<Activity>
{
    private readonly List<Activity> _spans = [];
    private readonly Lock _lock = new();

    public Activity[] Snapshot()
    {
        lock (_lock) return [.. _spans];
    }

    public void Add(Activity item)
    {
        lock (_lock) _spans.Add(item);
    }

    public void Clear()
    {
        lock (_lock) _spans.Clear();
    }

    public bool Contains(Activity item)
    {
        lock (_lock) return _spans.Contains(item);
    }

    public void CopyTo(Activity[] array, int arrayIndex)
    {
        lock (_lock) _spans.CopyTo(array, arrayIndex);
    }

    public bool Remove(Activity item)
    {
        lock (_lock) return _spans.Remove(item);
    }

    public int Count
    {
        get
        {
            lock (_lock) return _spans.Count;
        }
    }

    public bool IsReadOnly => false;

    public IEnumerator<Activity> GetEnumerator() => ((IEnumerable<Activity>)Snapshot()).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
