namespace Monitor.Analysis.Contradictions;

/// <summary>Two analysed statements in time order, how they relate, and every claim-by-claim comparison between them.</summary>
public sealed record PairContext(
    AnalyzedStatement Earlier,
    AnalyzedStatement Later,
    PairRelation Relation,
    IReadOnlyList<ClaimComparison> Comparisons,
    double DaysApart);
