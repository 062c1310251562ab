namespace Monitor.Abstractions.Storage;

/// <summary>
/// The watchers' index of earlier statements: entries are found by (scope, key), so a watcher
/// looks up candidates instead of scanning history. Adding an entry twice keeps one.
/// </summary>
public interface IClaimIndex
{
    Task AddAsync(IReadOnlyList<ClaimIndexEntry> entries, CancellationToken cancellationToken = default);

    /// <summary>The most recently said entries under the key, newest first.</summary>
    Task<IReadOnlyList<Statement>> FindAsync(string scope, string key, int limit, CancellationToken cancellationToken = default);
}

public sealed record ClaimIndexEntry(string Scope, string Key, Statement Statement);
