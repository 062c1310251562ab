namespace Monitor.Analysis.Contradictions;

/// <summary>Who stands behind the two statements of a pair; only related pairs are judged at all.</summary>
public enum PairRelation
{
    /// <summary>Neither the same actor nor a report about the other's actor: never a contradiction.</summary>
    Unrelated = 0,

    /// <summary>Both said by the same actor (or, for statements no actor claims, by the same speaker).</summary>
    SameActor = 1,

    /// <summary>One is a source's report (no actor) that names the other's actor.</summary>
    ReportAndActor = 2,

    /// <summary>Both are reports, from different sources.</summary>
    TwoReports = 3,

    /// <summary>One actor's claim about another actor it names ("Canada says an Iranian missile hit the jet"): only the named actor's denial is judged.</summary>
    ClaimAboutOtherActor = 4,
}
