using Monitor.Abstractions;
using Monitor.Abstractions.Storage;

namespace Monitor.Hosting.Ingestion;

/// <summary>
/// Applies replay records in order and reports what each produced: the statements it recorded and
/// the alerts raised since the previous record. One record is finished before the next starts,
/// which is what makes a replay deterministic.
/// </summary>
public sealed class ReplayApplier(IngestionService ingestion, DocumentIngestion documents, IAlertLog alerts)
{
    private long _alertCursor;

    public async Task<ReplayStep> ApplyAsync(ReplayRecord record, CancellationToken cancellationToken = default)
    {
        switch (record)
        {
            case ActorReplayRecord actor:
                await ingestion.DefineActorAsync(actor.Actor, merge: true);
                return ReplayStep.Empty;
            case TopicReplayRecord topic:
                await ingestion.DefineTopicAsync(topic.Topic, cancellationToken);
                return ReplayStep.Empty;
            case StatementReplayRecord statement:
                var result = await ingestion.RecordAsync([statement.Statement], cancellationToken);
                if (result.UnknownActors.Count > 0)
                    return new ReplayStep([], [], $"unknown actor '{result.UnknownActors[0]}' (define it with an actor record first)");
                return new ReplayStep(result.Statements.Where(s => s.Created).Select(s => s.Statement).ToArray(), await NewAlertsAsync(cancellationToken), null);
            case DocumentReplayRecord document:
                var extracted = await documents.IngestAsync([document.Document], cancellationToken);
                if (extracted.Refused is not null) return new ReplayStep([], [], extracted.Refused);
                var recorded = extracted.Documents.SelectMany(d => d.Statements)
                    .Where(s => s.Outcome.Created)
                    .Select(s => s.Extracted.Statement with { Sequence = s.Outcome.Sequence })
                    .ToArray();
                return new ReplayStep(recorded, await NewAlertsAsync(cancellationToken), null);
            case BadReplayRecord bad:
                return new ReplayStep([], [], bad.Error);
            default:
                throw new ArgumentOutOfRangeException(nameof(record), record.GetType().Name, "unknown replay record");
        }
    }

    private async Task<IReadOnlyList<Alert>> NewAlertsAsync(CancellationToken cancellationToken)
    {
        var raised = new List<Alert>();
        while (true)
        {
            var page = await alerts.ReadAsync(new AlertQuery(Since: _alertCursor, Limit: 500), cancellationToken);
            if (page.Count == 0) return raised;
            raised.AddRange(page);
            _alertCursor = page[^1].Sequence;
        }
    }

    /// <summary>Starts the alert cursor after what is already in the log, so a replay reports only the alerts it raises.</summary>
    public async Task StartAfterExistingAlertsAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var page = await alerts.ReadAsync(new AlertQuery(Since: _alertCursor, Limit: 1_000), cancellationToken);
            if (page.Count == 0) return;
            _alertCursor = page[^1].Sequence;
        }
    }
}

public sealed record ReplayStep(IReadOnlyList<Statement> Statements, IReadOnlyList<Alert> Alerts, string? Error)
{
    public static readonly ReplayStep Empty = new([], [], null);
}
