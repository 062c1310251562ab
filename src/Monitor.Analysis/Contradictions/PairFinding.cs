namespace Monitor.Analysis.Contradictions;

/// <summary>One judge's reading of a pair: a kind, a calibrated score in [0, 1], and the reason in plain words.</summary>
public sealed record PairFinding(string Kind, double Score, string Explanation, ClaimComparison? Evidence);
