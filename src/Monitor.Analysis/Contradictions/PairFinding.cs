namespace Monitor.Analysis.Contradictions;

/// <summary>
/// One judge's reading of a pair: a kind, a calibrated score in [0, 1], the reason in plain words, the claim pair it
/// rests on, and the evidence its score was weighed from (what training learns the weights on).
/// </summary>
public sealed record PairFinding(string Kind, double Score, string Explanation, ClaimComparison? Evidence, JudgeEvidence? Weighed = null);
