namespace Monitor.Abstractions.Storage;

/// <summary>
/// Append-only alert log with one global sequence. Appends are idempotent by alert id, so a
/// watcher fed the same statement twice never raises a second alert.
/// </summary>
public interface IAlertLog
{
    /// <summary>
    /// Stores the alert with the next sequence, or — when an alert with its id exists — adds the new
    /// sources of both sides to the stored one and returns it.
    /// </summary>
    Task<AlertAppendOutcome> AppendAsync(Alert alert, CancellationToken cancellationToken = default);

    /// <summary>Marks the alerts as suppressed by <paramref name="suppressedBy"/> (inhibition by a stance reversal).</summary>
    Task SuppressAsync(IReadOnlyList<string> ids, string suppressedBy, CancellationToken cancellationToken = default);

    /// <summary>How many alerts have each status, per kind and detector: the evidence for tuning thresholds.</summary>
    Task<IReadOnlyList<AlertFeedbackCount>> FeedbackAsync(CancellationToken cancellationToken = default);

    Task<Alert?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The sequence of the last alert appended; 0 while the log is empty.</summary>
    Task<long> LastSequenceAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Alert>> ReadAsync(AlertQuery query, CancellationToken cancellationToken = default);

    /// <summary>Sets the status; returns the updated alert, or null when no alert has that id.</summary>
    Task<Alert?> UpdateStatusAsync(string id, AlertStatus status, string? reason, DateTimeOffset at, CancellationToken cancellationToken = default);
}

/// <param name="SourcesAdded">The alert existed and this append added sources to it.</param>
public sealed record AlertAppendOutcome(Alert Alert, bool Created, bool SourcesAdded = false);

public sealed record AlertFeedbackCount(string Kind, string Detector, AlertStatus Status, long Count);

/// <summary>Alerts after the <paramref name="Since"/> sequence, oldest first, matching every filter given.</summary>
/// <param name="LaterSaidFrom">Only alerts whose later statement was said at or after this time.</param>
/// <param name="IncludeSuppressed">False leaves out alerts a stance reversal suppressed (what streams and webhooks push).</param>
public sealed record AlertQuery(
    long Since = 0,
    int Limit = 100,
    string? Actor = null,
    string? Topic = null,
    string? Kind = null,
    AlertStatus? Status = null,
    AlertSeverity? MinSeverity = null,
    DateTimeOffset? LaterSaidFrom = null,
    bool IncludeSuppressed = true,
    IReadOnlyList<string>? Actors = null,
    IReadOnlyList<string>? Topics = null,
    IReadOnlyList<string>? Kinds = null);
