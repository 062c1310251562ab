namespace Monitor.Analysis.Contradictions;

/// <summary>
/// What one scorer of a judge saw in a pair, term by term, before it was weighed: kept on the finding so the weights
/// can be learned from labelled pairs (<see cref="JudgeWeightTrainer"/>) and the score explained.
/// </summary>
public sealed record JudgeEvidence(string Scorer, IReadOnlyList<EvidenceTerm> Terms);
