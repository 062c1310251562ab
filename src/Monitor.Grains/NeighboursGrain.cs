using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;
using Monitor.Analysis.Neighbours;

namespace Monitor.Grains;

/// <summary>
/// One owner's nearest-neighbour index (key: the owner, a tracked actor). The index is memory only; the
/// store keeps every filing in order, and activation rebuilds the index by reading them back, so a grain
/// that moves to another silo or restarts answers as before. One grain per owner spreads the work as
/// the watchers do; no grain holds every owner's vectors.
/// </summary>
[GrainType("neighbours")]
public sealed class NeighboursGrain(INeighbourStore store) : Grain, INeighboursGrain
{
    /// <summary>Filings read per round trip while rebuilding.</summary>
    public const int RebuildPage = 4_096;

    private readonly NeighbourIndex _index = new();

    private string Owner => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        for (var page = await store.ReadAsync(Owner, 0, RebuildPage, cancellationToken);
             page.Count > 0;
             page = await store.ReadAsync(Owner, page[^1].Position, RebuildPage, cancellationToken))
        {
            foreach (var filed in page) _index.Add(filed.Statement, filed.DocumentId, filed.SaidAt, filed.Vectors);
        }
    }

    public async Task Add(IReadOnlyList<MeaningEntry> entries)
    {
        // Bytes that are not vectors (or none, without an embedder) could never be found: they are not kept.
        var fresh = entries
            .Where(e => MeaningCodec.TryRead(e.Vectors, out _, out _) && !_index.Contains(StatementRef.For(e.Statement)))
            .DistinctBy(e => StatementRef.For(e.Statement))
            .ToArray();
        if (fresh.Length == 0) return;
        // Durable first: what the index answers from must survive this activation.
        await store.AddAsync(Owner, fresh);
        foreach (var entry in fresh) _index.Add(StatementRef.For(entry.Statement), entry.Statement.DocumentId, entry.Statement.SaidAt, entry.Vectors);
    }

    public async Task<IReadOnlyList<Neighbour>> Find(NeighbourQuery query)
    {
        var matches = _index.Search(query);
        if (matches.Count == 0) return [];
        var statements = (await store.GetStatementsAsync([.. matches.Select(m => m.Statement)])).ToDictionary(StatementRef.For);
        return [.. matches.Where(m => statements.ContainsKey(m.Statement)).Select(m => new Neighbour(statements[m.Statement], m.Cosine))];
    }

    public Task<int> Count() => Task.FromResult(_index.Count);
}
