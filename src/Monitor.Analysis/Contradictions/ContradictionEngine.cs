using Monitor.Abstractions;

namespace Monitor.Analysis.Contradictions;

/// <summary>Runs every detector over a statement and its candidates; deterministic for the same inputs.</summary>
public sealed class ContradictionEngine(IEnumerable<IContradictionDetector> detectors)
{
    private readonly IReadOnlyList<IContradictionDetector> _detectors = detectors.ToArray();

    public static ContradictionEngine CreateDefault() =>
        new([new StanceReversalDetector(), new AssertThenDenyDetector()]);

    /// <summary>Every distinct key the statement is filed and looked up under.</summary>
    public IReadOnlyList<string> IndexKeys(Statement statement) =>
        _detectors.SelectMany(d => d.IndexKeys(statement)).Distinct(StringComparer.Ordinal).ToArray();

    public IReadOnlyList<Contradiction> Detect(Statement incoming, IReadOnlyList<Statement> candidates)
    {
        var others = candidates
            .Where(c => c.Id != incoming.Id)
            .DistinctBy(c => c.Id)
            .OrderBy(c => c.SaidAt).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToArray();
        return _detectors
            .SelectMany(d => d.Detect(incoming, others))
            .DistinctBy(c => (c.Kind, c.Earlier.Id, c.Later.Id))
            .ToArray();
    }
}
