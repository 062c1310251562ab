namespace Monitor.Abstractions.Storage;

/// <summary>
/// What retention needs from a store: to delete old statements from a log and old closed alerts, and to say which
/// statements alerts still being worked on cite, so those are never deleted. Sequences are never reused after a
/// delete: a log's next statement and the next alert number on from the last ever given.
/// </summary>
public interface IRetentionStore
{
    /// <summary>Every statement log that has held statements: actors' and voices'.</summary>
    Task<IReadOnlyList<string>> LogsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes closed alerts (resolved or dismissed) raised before <paramref name="raisedBefore"/> (none when null), and
    /// returns how many it deleted with the ids of the statements that the alerts still open or acknowledged cite.
    /// </summary>
    Task<AlertRetentionOutcome> ApplyToAlertsAsync(DateTimeOffset? raisedBefore, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes from <paramref name="log"/>, oldest first, the statements recorded before <paramref name="recordedBefore"/>
    /// with a sequence of at most <paramref name="upToSequence"/> (what the watchers have seen), except those whose id is in
    /// <paramref name="keep"/>. Statements are recorded in log order, so it stops at the first one recorded later.
    /// Returns how many it deleted.
    /// </summary>
    Task<long> DeleteStatementsAsync(string log, DateTimeOffset recordedBefore, long upToSequence, IReadOnlySet<string> keep, CancellationToken cancellationToken = default);
}

/// <param name="CitedByOpenAlerts">Statement ids either side of an open or acknowledged alert; ids are per log, so this keeps a same-named statement of another log too.</param>
public sealed record AlertRetentionOutcome(long Deleted, IReadOnlySet<string> CitedByOpenAlerts);
