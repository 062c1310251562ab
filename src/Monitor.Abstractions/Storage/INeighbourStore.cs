namespace Monitor.Abstractions.Storage;

/// <summary>
/// The durable side of the nearest-neighbour index: each owner's statements with their meaning vectors
/// (opaque, compact bytes: int8 codes, never JSON floats), kept in the order they were first filed so an
/// owner's in-memory index can be rebuilt by reading them back, and each statement once so the
/// neighbours found can be handed to the detectors. An owner is a tracked actor; it holds its own
/// statements and those, by other actors or by outlets, that name it.
/// </summary>
public interface INeighbourStore
{
    /// <summary>
    /// Files the entries under <paramref name="owner"/>, durably when the task completes. An entry whose
    /// statement (<see cref="StatementRef"/>: voice and id) the owner already holds is ignored: the first
    /// filing stands, with its position and vectors.
    /// </summary>
    Task AddAsync(string owner, IReadOnlyList<MeaningEntry> entries, CancellationToken cancellationToken = default);

    /// <summary>
    /// The owner's entries with a position above <paramref name="afterPosition"/>, in the order first filed,
    /// at most <paramref name="limit"/>. Positions count from 1 per owner.
    /// </summary>
    Task<IReadOnlyList<StoredMeaning>> ReadAsync(string owner, long afterPosition, int limit, CancellationToken cancellationToken = default);

    /// <summary>The statements filed under any owner, in the order asked; a reference never filed is left out.</summary>
    Task<IReadOnlyList<Statement>> GetStatementsAsync(IReadOnlyList<StatementRef> statements, CancellationToken cancellationToken = default);
}

/// <summary>A statement and its meaning vectors, as filed.</summary>
[GenerateSerializer, Immutable, Alias("monitor.meaning-entry")]
public sealed record MeaningEntry(
    [property: Id(0)] Statement Statement,
    [property: Id(1)] byte[] Vectors);

/// <summary>What rebuilding an owner's index needs of one filed statement, without the statement itself.</summary>
/// <param name="Position">Where it stands in the owner's filing order, from 1.</param>
public sealed record StoredMeaning(
    long Position,
    StatementRef Statement,
    string? DocumentId,
    DateTimeOffset SaidAt,
    byte[] Vectors);
