namespace Monitor.Analysis.Evaluation;

/// <summary>Contradiction-class precision and recall, and kind accuracy among found contradictions.</summary>
public sealed record PairSetResult(IReadOnlyList<PairOutcome> Outcomes, BinaryScores Contradiction, double KindAccuracy)
{
    public override string ToString() =>
        $"{Outcomes.Count} pairs: contradiction {Contradiction}; right kind in {KindAccuracy:P0} of found contradictions";
}
