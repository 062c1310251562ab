namespace Monitor.Analysis.Contradictions;

/// <summary>
/// Scores one kind of contradiction for a pair of statements. Each judge turns its evidence into one
/// score for its kind through a logistic function of a few named features; the decider compares the
/// score with that kind's threshold (<see cref="ContradictionOptions.Thresholds"/>).
/// </summary>
public interface IPairJudge
{
    string Kind { get; }

    /// <summary>The judge's best finding for the pair, or null when its kind cannot apply at all.</summary>
    PairFinding? Judge(PairContext pair);
}
