namespace Monitor.Analysis.Contradictions;

/// <summary>
/// The decider's answer for a pair: the finding that cleared its kind's threshold with the highest
/// score (null when none did), and the strongest finding of any kind for reporting scores.
/// </summary>
public sealed record PairDecision(PairFinding? Finding, PairFinding? Strongest, PairRelation Relation, string? Reason);
