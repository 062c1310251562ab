namespace Monitor.Abstractions.Storage;

/// <summary>
/// Append-only alert log with one global sequence. Appends are idempotent by alert id, so a
/// watcher fed the same statement twice never raises a second alert.
/// </summary>
public interface IAlertLog
{
    /// <summary>Stores the alert with the next sequence, or returns the one already stored under its id.</summary>
    Task<AlertAppendOutcome> AppendAsync(Alert alert, CancellationToken cancellationToken = default);

    Task<Alert?> GetAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Alert>> ReadAsync(AlertQuery query, CancellationToken cancellationToken = default);

    /// <summary>Sets the status; returns the updated alert, or null when no alert has that id.</summary>
    Task<Alert?> UpdateStatusAsync(string id, AlertStatus status, string? reason, DateTimeOffset at, CancellationToken cancellationToken = default);
}

public sealed record AlertAppendOutcome(Alert Alert, bool Created);

/// <summary>Alerts after the <paramref name="Since"/> sequence, oldest first, matching every filter given.</summary>
public sealed record AlertQuery(
    long Since = 0,
    int Limit = 100,
    string? Actor = null,
    string? Topic = null,
    string? Kind = null,
    AlertStatus? Status = null,
    AlertSeverity? MinSeverity = null);
