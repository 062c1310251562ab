using Monitor.Abstractions;

namespace Monitor.Analysis.Contradictions;

/// <summary>Works out the <see cref="PairRelation"/> of two analysed statements.</summary>
public static class PairRelations
{
    public static PairRelation Of(AnalyzedStatement a, AnalyzedStatement b)
    {
        var (actorA, actorB) = (a.Statement.Actor, b.Statement.Actor);
        if (actorA is not null && actorB is not null)
        {
            if (string.Equals(actorA, actorB, StringComparison.OrdinalIgnoreCase)) return PairRelation.SameActor;
            // The earlier side says something of the later side's actor (names it as a subject, not merely in passing),
            // which that actor may then deny.
            var (first, second) = a.Statement.SaidAt <= b.Statement.SaidAt ? (a, b) : (b, a);
            return first.SubjectActors.Contains(second.Statement.Actor!, StringComparer.OrdinalIgnoreCase) ? PairRelation.ClaimAboutOtherActor : PairRelation.Unrelated;
        }
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

    /// <summary>In a pair related by <see cref="PairRelation.ClaimAboutOtherActor"/> or <see cref="PairRelation.ReportAndActor"/>: whether this side is the one reporting.</summary>
    public static bool IsReportingSide(PairContext pair, AnalyzedStatement side) =>
        pair.Relation == PairRelation.ClaimAboutOtherActor
            ? side == pair.Earlier
            : IsReport(side.Statement);
}
