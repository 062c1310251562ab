namespace Monitor.Abstractions.Storage;

/// <summary>
/// The watchers' index of earlier statements: entries are found by key (the detectors' keys carry
/// the actor, topic or proposition they are about), so a watcher looks up candidates instead of
/// scanning history. Adding an entry twice keeps one.
/// </summary>
public interface IClaimIndex
{
    Task AddAsync(IReadOnlyList<ClaimIndexEntry> entries, CancellationToken cancellationToken = default);

    /// <summary>
    /// The entries under the key said nearest to <paramref name="around"/>: up to <paramref name="perSide"/>
    /// said at or before it and up to as many said after it, in the order they were said. Detectors
    /// compare with neighbours in time, so this is all they need however long the history.
    /// </summary>
    Task<IReadOnlyList<Statement>> FindAsync(string key, DateTimeOffset around, int perSide, CancellationToken cancellationToken = default);

    /// <summary><see cref="FindAsync"/> for several keys in one read; entries found under more than one key come once.</summary>
    Task<IReadOnlyList<Statement>> FindAsync(IReadOnlyList<string> keys, DateTimeOffset around, int perSide, CancellationToken cancellationToken = default);
}

public sealed record ClaimIndexEntry(string Key, Statement Statement);
