using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Evaluation;

/// <summary>One labelled pair with the checker's verdict.</summary>
public sealed record PairOutcome(LabelledPair Pair, PairVerdict Verdict)
{
    public bool Correct => Pair.Contradiction == Verdict.Contradiction;

    /// <summary>A found contradiction of the labelled kind.</summary>
    public bool KindCorrect => Pair.Contradiction && Verdict.Contradiction && Pair.Kind == Verdict.Kind;
}
