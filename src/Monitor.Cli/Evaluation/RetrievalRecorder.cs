using Monitor.Abstractions;
using Monitor.Grains;

namespace Monitor.Cli.Evaluation;

/// <summary>
/// Records, during a replay, which documents' statements each document's statements were compared
/// with, by key and by meaning: it is told by the watchers themselves (<see cref="ICandidateObserver"/>),
/// so the figure it gives is what the service retrieved, not a second reckoning of it.
/// </summary>
public sealed class RetrievalRecorder : ICandidateObserver
{
    private readonly Lock _gate = new();
    private readonly HashSet<(string Later, string Earlier)> _byKey = [];
    private readonly HashSet<(string Later, string Earlier)> _byMeaning = [];

    public void Compared(Statement statement, IReadOnlyList<Statement> byKey, IReadOnlyList<Statement> byMeaning)
    {
        if (statement.DocumentId is not { } later) return;
        lock (_gate)
        {
            foreach (var candidate in byKey)
                if (candidate.DocumentId is { } earlier) _byKey.Add((later, earlier));
            foreach (var candidate in byMeaning)
                if (candidate.DocumentId is { } earlier) _byMeaning.Add((later, earlier));
        }
    }

    /// <summary>
    /// How many must-fire pairs had some statement of the earlier document among the candidates of some
    /// statement of the later one: by key alone, and by key or meaning.
    /// </summary>
    public RetrievalScore Score(IReadOnlyList<MustFirePair> mustFire)
    {
        lock (_gate)
        {
            var byKey = mustFire.Count(p => _byKey.Contains((p.Later, p.Earlier)));
            var missed = mustFire.Where(p => !_byKey.Contains((p.Later, p.Earlier)) && !_byMeaning.Contains((p.Later, p.Earlier))).ToArray();
            var byMeaningOnly = mustFire.Where(p => !_byKey.Contains((p.Later, p.Earlier)) && _byMeaning.Contains((p.Later, p.Earlier))).ToArray();
            return new RetrievalScore(mustFire.Count - missed.Length, byKey, mustFire.Count, missed, byMeaningOnly);
        }
    }
}

/// <summary>Must-fire pairs whose earlier side was among the later side's candidates, those found by meaning alone, and those never compared.</summary>
public sealed record RetrievalScore(int Found, int FoundByKey, int Total, IReadOnlyList<MustFirePair> Missed, IReadOnlyList<MustFirePair> ByMeaningOnly)
{
    /// <summary>For the verbose report: one line per must-fire pair found by meaning alone, then one per pair never compared.</summary>
    public IEnumerable<string> Details =>
        ByMeaningOnly.Select(p => $"retrieved by meaning only {p.Earlier} -> {p.Later} {p.Actor} {p.Kind}")
            .Concat(Missed.Select(p => $"not retrieved {p.Earlier} -> {p.Later} {p.Actor} {p.Kind}"));

    public override string ToString() => $"retrieval: {Found}/{Total} must-fire pairs among candidates (by key alone: {FoundByKey}/{Total})";
}
