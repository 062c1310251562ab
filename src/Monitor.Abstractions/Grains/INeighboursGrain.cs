using Monitor.Abstractions.Storage;
using Orleans.Concurrency;

namespace Monitor.Abstractions.Grains;

/// <summary>
/// One owner's nearest-neighbour index over the meaning vectors of its statements (key: the owner, a
/// tracked actor). Watchers file every statement of the owner, and every statement or report naming it, and ask for the
/// earlier statements nearest in meaning, so a paraphrase that shares no index key is still compared.
/// The index lives in memory and is rebuilt from <see cref="INeighbourStore"/> on activation.
/// </summary>
[Alias("monitor.INeighboursGrain")]
public interface INeighboursGrain : IGrainWithStringKey
{
    /// <summary>Files the entries, durably before returning; a statement already filed is not filed again.</summary>
    [Alias("Add")]
    Task Add(IReadOnlyList<MeaningEntry> entries);

    /// <summary>The filed statements nearest in meaning to the query, best first (see <see cref="NeighbourQuery"/>).</summary>
    [ReadOnly, Alias("Find")]
    Task<IReadOnlyList<Neighbour>> Find(NeighbourQuery query);

    /// <summary>How many statements the index holds.</summary>
    [ReadOnly, Alias("Count")]
    Task<int> Count();
}

/// <summary>
/// A nearest-neighbour look-up for one statement: up to <see cref="Count"/> filed statements whose best
/// cosine with any of <see cref="Vectors"/> reaches <see cref="MinCosine"/>, said within
/// <see cref="Window"/> of <see cref="SaidAt"/>; the statement itself, and the same voice's other
/// statements in the same document (never compared with it), are left out. Ties go by the order said.
/// </summary>
[GenerateSerializer, Immutable, Alias("monitor.neighbour-query")]
public sealed record NeighbourQuery(
    [property: Id(0)] StatementRef Statement,
    [property: Id(1)] string? DocumentId,
    [property: Id(2)] DateTimeOffset SaidAt,
    [property: Id(3)] byte[] Vectors,
    [property: Id(4)] TimeSpan Window,
    [property: Id(5)] int Count,
    [property: Id(6)] double MinCosine);

/// <summary>A statement found by meaning, with its cosine to the query.</summary>
[GenerateSerializer, Immutable, Alias("monitor.neighbour")]
public sealed record Neighbour(
    [property: Id(0)] Statement Statement,
    [property: Id(1)] double Cosine);
