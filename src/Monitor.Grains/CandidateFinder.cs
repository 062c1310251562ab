using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;
using Monitor.Analysis.Contradictions;
using Monitor.Analysis.Neighbours;

namespace Monitor.Grains;

/// <summary>
/// How a watcher finds the earlier statements a new one is compared with: it files statements under the
/// engine's index keys and in their owners' <see cref="INeighboursGrain"/>s, then looks each one up by
/// key (the nearest in time under each key) and by meaning (the nearest neighbours in each owner's
/// index). Stateless, one per silo; the watcher and the benchmarks go through this one path.
/// </summary>
public sealed class CandidateFinder(IClaimIndex index, IGrainFactory grains, ContradictionEngine engine)
{
    /// <summary>Candidates read per index key on each side in time; detectors compare with the nearest statements.</summary>
    public const int CandidatesPerSide = 8;

    /// <summary>
    /// Candidates found by meaning per owner. An actor in the news is named by many close statements about one
    /// event (its own and every report about it), and with eight a report its later denial answers lost its
    /// place to the actor's own remarks on the same day; twelve keep it at a twelfth of a comparison each.
    /// </summary>
    public const int Neighbours = 12;

    /// <summary>
    /// The least cosine (best pair of MiniLM claim vectors) at which an earlier statement is a neighbour.
    /// On the development corpus half of one actor's statement pairs sit below 0.20 and nine in ten below
    /// 0.45, while every pair that must raise an alert has a claim pair at 0.48 or more: below this the
    /// slots would go to statements about something else, which the detectors reject anyway
    /// (docs/contradiction-engine.md, "Neighbours by meaning").
    /// </summary>
    public const double MinNeighbourCosine = 0.45;

    /// <summary>
    /// Files the statements under their keys and in their owners' neighbour indexes, durably, and returns
    /// those that have keys (a statement that declines has none and is never compared).
    /// </summary>
    public async Task<IReadOnlyList<FiledStatement>> FileAsync(IReadOnlyList<Statement> statements)
    {
        // Every one is analysed for its keys: in one embedding batch rather than one per statement.
        engine.Prepare(statements);
        var filed = statements.Select(Prepare).Where(f => f.Keys.Count > 0).ToArray();
        // Side by side, so the embedded store commits both in one group commit.
        var byKey = index.AddAsync([.. filed.SelectMany(f => f.Keys.Select(k => new ClaimIndexEntry(k, f.Statement)))]);
        var byMeaning = filed
            .Where(f => f.Vectors.Length > 0)
            .SelectMany(f => f.Owners.Select(owner => (Owner: owner, Entry: new MeaningEntry(f.Statement, f.Vectors))))
            .GroupBy(f => f.Owner, StringComparer.Ordinal)
            .Select(g => grains.GetGrain<INeighboursGrain>(g.Key).Add([.. g.Select(f => f.Entry).DistinctBy(e => StatementRef.For(e.Statement))]));
        await Task.WhenAll(byMeaning.Append(byKey));
        return filed;
    }

    /// <summary>The statement's candidates by key and by meaning; each list has each statement once.</summary>
    public async Task<Candidates> FindAsync(FiledStatement filed)
    {
        var statement = filed.Statement;
        var byKey = index.FindAsync(filed.Keys, statement.SaidAt, CandidatesPerSide);
        IReadOnlyList<Statement> byMeaning = [];
        if (filed.Vectors.Length > 0 && filed.Owners.Count > 0)
        {
            var query = new NeighbourQuery(StatementRef.For(statement), statement.DocumentId, statement.SaidAt, filed.Vectors, engine.MaxApart, Neighbours, MinNeighbourCosine);
            var found = await Task.WhenAll(filed.Owners.Select(owner => grains.GetGrain<INeighboursGrain>(owner).Find(query)));
            byMeaning = [.. found.SelectMany(f => f).Select(n => n.Statement).DistinctBy(StatementRef.For)];
        }
        return new Candidates(await byKey, byMeaning);
    }

    private FiledStatement Prepare(Statement statement)
    {
        var keys = engine.IndexKeys(statement);
        var vectors = keys.Count > 0 ? engine.MeaningVectors(statement) : [];
        return vectors.Count == 0
            ? new FiledStatement(statement, keys, [], [])
            : new FiledStatement(statement, keys, MeaningCodec.Encode(vectors), engine.Owners(statement));
    }
}

/// <summary>A statement as filed: its index keys, its packed meaning vectors (none without an embedder) and the owners of the indexes holding them.</summary>
public sealed record FiledStatement(Statement Statement, IReadOnlyList<string> Keys, byte[] Vectors, IReadOnlyList<string> Owners);

/// <summary>The earlier statements found for a new one: by index key, and by meaning.</summary>
public sealed record Candidates(IReadOnlyList<Statement> ByKey, IReadOnlyList<Statement> ByMeaning)
{
    /// <summary>Both, each statement once; the engine orders candidates itself, so this order changes nothing.</summary>
    public IReadOnlyList<Statement> All => [.. ByKey.Concat(ByMeaning).DistinctBy(StatementRef.For)];
}
