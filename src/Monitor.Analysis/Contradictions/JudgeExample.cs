namespace Monitor.Analysis.Contradictions;

/// <summary>
/// One judge's finding on a labelled statement pair, as training sees it: the group it came from (a corpus, or a set of
/// hand-labelled pairs; cross-validation holds out one group at a time), the document pair the gold labels and the
/// statement pair within it, the kind the judge gave, the evidence it weighed, and whether a careful reader flags the pair.
/// </summary>
public sealed record JudgeExample(string Group, string DocumentPair, string StatementPair, string Kind, JudgeEvidence Evidence, bool Contradiction);
