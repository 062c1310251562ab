using Monitor.Abstractions;

namespace Monitor.Analysis.Evaluation;

/// <summary>
/// SemEval-2016 Task 6's measure: F-avg, the mean of the F1 of FAVOR (support) and of AGAINST (oppose),
/// counted over all the texts together. NONE (neutral) answers count only as misses or false alarms of
/// the other two.
/// </summary>
public sealed record StanceScores(int Texts, BinaryScores Favor, BinaryScores Against)
{
    public double FAverage => (Favor.F1 + Against.F1) / 2;

    public static StanceScores Count(IReadOnlyCollection<(Stance Gold, Stance Predicted)> outcomes) => new(
        outcomes.Count,
        BinaryScores.Count(outcomes.Select(o => (o.Gold == Stance.Support, o.Predicted == Stance.Support))),
        BinaryScores.Count(outcomes.Select(o => (o.Gold == Stance.Oppose, o.Predicted == Stance.Oppose))));

    public override string ToString() => $"F-favor {Favor.F1 * 100:F2} F-against {Against.F1 * 100:F2} F-avg {FAverage * 100:F2}";
}
