namespace Monitor.Abstractions.Storage;

/// <summary>
/// The source registry as stored: each source's grain writes its own row (definition and status), and lists
/// read the rows, so no one grain stands in every poll's path.
/// </summary>
public interface ISourceDirectory
{
    Task UpsertAsync(NewsSource source, CancellationToken cancellationToken = default);

    Task<NewsSource?> GetAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<NewsSource>> ListAsync(CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);
}
