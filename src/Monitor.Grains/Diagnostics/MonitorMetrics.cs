using System.Diagnostics.Metrics;
using Monitor.Abstractions;

namespace Monitor.Grains.Diagnostics;

/// <summary>
/// Monitor's own instruments, on the meter <see cref="MeterName"/>. Made through the host's
/// <see cref="IMeterFactory"/> so each host (and each test's service) owns its meter and disposes it
/// with itself; the counting happens where the event does — the actor grain's append, the watcher's
/// judgement, the webhook attempt, the document's extraction, the event stream's connection.
/// In Prometheus form the names become <c>monitor_statements_recorded_total{actor}</c>,
/// <c>monitor_documents_ingested_total</c>, <c>monitor_alerts_raised_total{kind,severity}</c>,
/// <c>monitor_webhook_deliveries_total{outcome}</c>, <c>monitor_webhook_dead_letters_total</c>,
/// <c>monitor_extraction_seconds</c>, <c>monitor_watcher_evaluation_seconds</c> and <c>monitor_sse_clients</c>.
/// </summary>
public sealed class MonitorMetrics
{
    public const string MeterName = "Monitor";

    /// <summary>
    /// The <c>actor</c> label of every statement kept in a voice's log (an outlet or a speaker no actor claims).
    /// Voices are open-ended — each new outlet or unnamed speaker is one — so they share one series instead of
    /// one each; tracked actors are a registry an operator curates, one series apiece.
    /// </summary>
    public const string VoiceLabel = "~voice";

    /// <summary>Outcomes of one webhook attempt (after its in-call retries).</summary>
    public static class Outcomes
    {
        public const string Delivered = "delivered";
        public const string Retrying = "retrying";
        public const string DeadLettered = "dead-lettered";
    }

    // Seconds from half a millisecond (a short statement's judgement) to ten (an oversized document on a busy core).
    private static readonly double[] SecondsBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Counter<long> _statementsRecorded;
    private readonly Counter<long> _documentsIngested;
    private readonly Counter<long> _alertsRaised;
    private readonly Counter<long> _webhookDeliveries;
    private readonly Counter<long> _webhookDeadLetters;
    private readonly Histogram<double> _extractionSeconds;
    private readonly Histogram<double> _watcherEvaluationSeconds;
    private readonly UpDownCounter<long> _sseClients;

    public MonitorMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _statementsRecorded = meter.CreateCounter<long>("monitor.statements.recorded", "{statement}", "Statements newly appended to an actor's log (a statement sent again is not counted twice).");
        _documentsIngested = meter.CreateCounter<long>("monitor.documents.ingested", "{document}", "Documents read and recorded through POST /api/documents or a replay.");
        _alertsRaised = meter.CreateCounter<long>("monitor.alerts.raised", "{alert}", "Alerts newly appended to the alert log, by kind and severity.");
        _webhookDeliveries = meter.CreateCounter<long>("monitor.webhook.deliveries", "{attempt}", "Webhook delivery attempts by outcome: delivered, retrying (failed, tried again later) or dead-lettered.");
        _webhookDeadLetters = meter.CreateCounter<long>("monitor.webhook.dead_letters", "{delivery}", "Webhook deliveries given up on.");
        _extractionSeconds = meter.CreateHistogram("monitor.extraction", "s", "Time to read one document: HTML to text and statement extraction.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });
        _watcherEvaluationSeconds = meter.CreateHistogram("monitor.watcher.evaluation", "s", "Time a watcher takes to judge one statement: candidates, detection and the alerts it appends.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });
        _sseClients = meter.CreateUpDownCounter<long>("monitor.sse.clients", "{client}", "Server-sent event streams open on this silo.");
    }

    /// <param name="logKey">The log the statements went to: an actor id, or a voice's key (counted under <see cref="VoiceLabel"/>).</param>
    public void StatementsRecorded(string logKey, int count)
    {
        if (count <= 0) return;
        _statementsRecorded.Add(count, new KeyValuePair<string, object?>("actor", Voices.IsVoice(logKey) ? VoiceLabel : logKey));
    }

    public void DocumentsIngested(int count)
    {
        if (count > 0) _documentsIngested.Add(count);
    }

    public void AlertRaised(Alert alert) =>
        _alertsRaised.Add(1, new KeyValuePair<string, object?>("kind", alert.Kind), new KeyValuePair<string, object?>("severity", SeverityLabel(alert.Severity)));

    public void WebhookAttempted(string outcome)
    {
        _webhookDeliveries.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        if (outcome == Outcomes.DeadLettered) _webhookDeadLetters.Add(1);
    }

    public void ExtractionTook(TimeSpan elapsed) => _extractionSeconds.Record(elapsed.TotalSeconds);

    public void WatcherEvaluationTook(TimeSpan elapsed) => _watcherEvaluationSeconds.Record(elapsed.TotalSeconds);

    public void SseClientConnected() => _sseClients.Add(1);

    public void SseClientDisconnected() => _sseClients.Add(-1);

    // The same lower-case words the API uses, so a dashboard's label and an alert's JSON agree.
    private static string SeverityLabel(AlertSeverity severity) => severity switch
    {
        AlertSeverity.Low => "low",
        AlertSeverity.Medium => "medium",
        AlertSeverity.High => "high",
        _ => severity.ToString().ToLowerInvariant(),
    };
}
