using Monitor.Abstractions;
using Monitor.Analysis.Embeddings;

namespace Monitor.Analysis.Contradictions;

/// <summary>
/// Decides, for two texts, whether the later contradicts the earlier (the <c>check-pairs</c> command).
/// It runs the same analysis and judges as the alert engine. Analyses and embeddings are cached, so
/// checking many pairs that share texts costs one embedding per distinct text. Thread-safe.
/// </summary>
public sealed class PairChecker
{
    private readonly StatementAnalyzer _analyzer;
    private readonly PairDecider _decider;

    public PairChecker(ISentenceEmbedder? embedder = null, IReadOnlyList<ActorDefinition>? actors = null, ContradictionOptions? options = null)
    {
        var effective = (options ?? new ContradictionOptions()) with { Embedder = embedder ?? options?.Embedder };
        if (actors is not null) effective = effective with { Actors = actors };
        _analyzer = new StatementAnalyzer(effective.Embedder, new ActorMentions(effective.Actors));
        _decider = new PairDecider(effective);
    }

    public PairVerdict Check(PairInput earlier, PairInput later)
    {
        var (a, b) = Analyze(earlier, later);
        var decision = _decider.Decide(a, b);
        if (decision.Finding is { } finding && finding.Kind != ContradictionKinds.Softened)
            return new PairVerdict(true, finding.Kind, Math.Round(finding.Score, 3), finding.Explanation);
        var strongest = decision.Finding ?? decision.Strongest;
        return strongest is null
            ? new PairVerdict(false, null, 0, $"No contradiction: {decision.Reason}.")
            : new PairVerdict(false, strongest.Kind == ContradictionKinds.Softened ? strongest.Kind : null, Math.Round(strongest.Score, 3),
                strongest.Kind == ContradictionKinds.Softened ? strongest.Explanation : $"No contradiction: {decision.Reason} (closest: {strongest.Explanation})");
    }

    /// <summary>Every judge's finding on the pair, whatever its score (what training learns the judges' weights from).</summary>
    public IReadOnlyList<PairFinding> Weigh(PairInput earlier, PairInput later)
    {
        var (a, b) = Analyze(earlier, later);
        return _decider.Weigh(a, b).Findings;
    }

    private (AnalyzedStatement Earlier, AnalyzedStatement Later) Analyze(PairInput earlier, PairInput later)
    {
        // A side without a time borrows the other's, so relative dates in both resolve against the same day.
        var earlierAt = earlier.SaidAt ?? later.SaidAt ?? ExplanationWriter.UnknownTime;
        var laterAt = later.SaidAt ?? earlier.SaidAt ?? ExplanationWriter.UnknownTime;
        var a = _analyzer.Analyze(ToStatement("earlier", earlier, earlier.SaidAt is null && later.SaidAt is null ? ExplanationWriter.UnknownTime : earlierAt));
        var b = _analyzer.Analyze(ToStatement("later", later, earlier.SaidAt is null && later.SaidAt is null ? ExplanationWriter.UnknownTime : laterAt));
        return (a, b);
    }

    private static Statement ToStatement(string id, PairInput side, DateTimeOffset saidAt) =>
        new(id, null, side.Actor, side.Source, side.Text, true, StatementMode.Assert, null, null, saidAt, null,
            side.Source is null ? [] : [new SourceRef(side.Source, null)]);
}
