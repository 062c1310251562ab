using System.Diagnostics;

namespace Monitor.Grains.Diagnostics;

/// <summary>
/// Monitor's spans: reading a document, a watcher judging statements, a webhook attempt. Together with
/// ASP.NET Core's, HttpClient's and Orleans' own spans (grain calls carry the trace with them) they make
/// one trace from <c>POST /api/documents</c> to the webhook it caused.
/// </summary>
public static class MonitorActivities
{
    public const string SourceName = "Monitor";

    /// <summary>
    /// One source for the process, as .NET's tracing expects: it holds no state of Monitor's, and with no
    /// listener (tracing off) starting a span costs a check and returns null.
    /// </summary>
    public static readonly ActivitySource Source = new(SourceName);

    public const string IngestDocuments = "monitor.documents.ingest";
    public const string ExtractDocument = "monitor.document.extract";
    public const string EvaluateStatements = "monitor.watcher.evaluate";
    public const string DeliverWebhook = "monitor.webhook.deliver";
}
