namespace Monitor.Analysis.Evaluation;

/// <summary>One scorer's held-out findings: how many, how many on flagged pairs, and the learned and hand-set weights' scores.</summary>
public sealed record ScorerCrossValidation(string Scorer, int Findings, int OnFlaggedPairs, BinaryScores Learned, BinaryScores HandSet);
