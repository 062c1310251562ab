using Monitor.Abstractions;

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
}

/// <summary>Works out the <see cref="PairRelation"/> of two analysed statements.</summary>
public static class PairRelations
{
    public static PairRelation Of(AnalyzedStatement a, AnalyzedStatement b)
    {
        var (actorA, actorB) = (a.Statement.Actor, b.Statement.Actor);
        if (actorA is not null && actorB is not null)
            return string.Equals(actorA, actorB, StringComparison.OrdinalIgnoreCase) ? PairRelation.SameActor : PairRelation.Unrelated;
        if (actorA is null && actorB is null)
        {
            var (speakerA, speakerB) = (a.Statement.Speaker, b.Statement.Speaker);
            if (speakerA is not null && speakerB is not null && string.Equals(speakerA, speakerB, StringComparison.OrdinalIgnoreCase))
                return PairRelation.SameActor;
            return PairRelation.TwoReports;
        }
        var (report, actor) = actorA is null ? (a, actorB!) : (b, actorA);
        return report.MentionedActors.Contains(actor, StringComparer.OrdinalIgnoreCase) ? PairRelation.ReportAndActor : PairRelation.Unrelated;
    }

    public static bool IsReport(Statement s) => s.Actor is null;
}
