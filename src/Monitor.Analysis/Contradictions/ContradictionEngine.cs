using Monitor.Abstractions;

namespace Monitor.Analysis.Contradictions;

/// <summary>Runs every detector over a statement and its candidates; deterministic for the same inputs.</summary>
public sealed class ContradictionEngine(IEnumerable<IContradictionDetector> detectors)
{
    private readonly IReadOnlyList<IContradictionDetector> _detectors = detectors.ToArray();

    /// <summary>
    /// Topic stance reversals plus the claim-based detectors. Pass options with the host's one shared
    /// <see cref="Embeddings.MiniLmSentenceEmbedder"/> to compare by meaning; without it, claims are compared
    /// by their words, which keeps start-up instant but misses paraphrased contradictions.
    /// </summary>
    public static ContradictionEngine CreateDefault(ContradictionOptions? options = null) =>
        new([new StanceReversalDetector(), new ClaimContradictionDetector(options ?? new ContradictionOptions())]);

    /// <summary>Every distinct key the statement is filed and looked up under.</summary>
    public IReadOnlyList<string> IndexKeys(Statement statement) =>
        _detectors.SelectMany(d => d.IndexKeys(statement)).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// Contradictions between the statement and its candidates, at most one per pair of statements: when
    /// several detectors flag the same pair, the first detector's finding stands (topic stance reversals
    /// come first, as they rest on explicit stances), so one turn raises one alert.
    /// </summary>
    public IReadOnlyList<Contradiction> Detect(Statement incoming, IReadOnlyList<Statement> candidates)
    {
        var others = candidates
            .Where(c => c.Id != incoming.Id)
            .DistinctBy(c => c.Id)
            .OrderBy(c => c.SaidAt).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToArray();
        return _detectors
            .SelectMany(d => d.Detect(incoming, others))
            .DistinctBy(c => (c.Earlier.Id, c.Later.Id))
            .ToArray();
    }
}
