using Monitor.Abstractions;
using Monitor.Analysis.Claims;

namespace Monitor.Analysis.Contradictions.Judges;

/// <summary>
/// An actor denies what a source reported about it: the report (no actor; its speaker is the outlet)
/// names the actor, and the actor's own statement denies or negates the same proposition. Declining to
/// comment or to confirm is not a denial.
/// </summary>
public sealed class DenialOfReportJudge : IPairJudge
{
    public string Kind => AlertKinds.DenialOfReport;

    /// <summary>Reports older than this when the denial comes count for less.</summary>
    public const int StaleReportDays = 45;

    public PairFinding? Judge(PairContext pair)
    {
        if (pair.Relation is not (PairRelation.ReportAndActor or PairRelation.ClaimAboutOtherActor)) return null;
        var reportIsEarlier = PairRelations.IsReportingSide(pair, pair.Earlier);
        // A statement made days before a report cannot deny it; it may only have been contradicted by it.
        if (!reportIsEarlier && pair.DaysApart > 1) return null;
        var actorSide = reportIsEarlier ? pair.Later : pair.Earlier;
        var reportSide = reportIsEarlier ? pair.Earlier : pair.Later;
        if (actorSide.Declines || reportSide.Denies) return null;
        // Between two actors only an explicit denial counts: holding a different view of the matter is a disagreement.
        if (pair.Relation == PairRelation.ClaimAboutOtherActor && !actorSide.Denies) return null;
        // "Dismissed a report by journalist Seymour Hersh": the denial answers that source's report, not another's.
        var namesTheSource = DeniedSource.Matches(actorSide.Statement, reportSide.Statement);
        if (namesTheSource == false) return null;
        PairFinding? best = null;
        foreach (var c in pair.Comparisons)
        {
            var actorClaim = reportIsEarlier ? c.Later : c.Earlier;
            var reportClaim = reportIsEarlier ? c.Earlier : c.Later;
            // A denial denies whatever the report put, however hedged ("denied it was weighing an increase").
            if (actorClaim.Modality is Modality.Declined || !actorSide.Denies && actorClaim.Modality is Modality.Possibility or Modality.Demand) continue;
            if (reportClaim.Modality is Modality.Declined) continue;
            var negates = c.Opposed || actorSide.Denies && actorClaim.Polarity == Polarity.Negative && !actorClaim.IntentDenied;
            if (!negates) continue;
            var z = -6.0
                    + 5.0 * c.Similarity
                    + 3.0 * c.TermOverlap
                    + (actorSide.Denies ? 1.5 : 0)
                    + (c.Opposed ? 1.0 : 0)
                    // "No move to curb exports" against a report of export curbs being weighed: the same act ruled out,
                    // named by the same verb or by another.
                    + (c.Opposed && (c.SameSense || c.SamePredicate) ? 1.5 : 0)
                    // "planning an offensive against the neighbour" / "no plans to attack the neighbour": the same act on the
                    // same thing, however differently the rest of each sentence runs.
                    + (c.Opposed && (c.SameSense || c.SamePredicate) && c.SameObject && !c.DifferentNames ? 1.5 : 0)
                    + (namesTheSource == true ? 3.0 : 0)
                    // A denial answers what is being said now; a report from months before is seldom what it answers.
                    - (reportIsEarlier && pair.DaysApart > StaleReportDays ? 2.0 : 0)
                    - (c.DifferentNames ? 3.5 : 0)
                    - (c.SharedTerms == 0 ? 2.5 : 0);
            var score = Logistic.Of(z);
            if (best is not null && best.Score >= score) continue;
            var headline = $"{ExplanationWriter.Who(actorSide.Statement)} denied what {ExplanationWriter.Who(reportSide.Statement)} reported";
            best = new PairFinding(Kind, score, ExplanationWriter.Write(headline, pair, c.Earlier.Cue, c.Later.Cue), c);
        }
        return best;
    }
}
