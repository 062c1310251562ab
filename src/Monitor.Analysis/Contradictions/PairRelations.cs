using Monitor.Abstractions;

namespace Monitor.Analysis.Contradictions;

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
