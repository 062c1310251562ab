using Monitor.Abstractions;
using Monitor.Analysis.Claims;

namespace Monitor.Analysis.Contradictions.Judges;

/// <summary>
/// An actor denies what a source reported about it: the report (no actor; its speaker is the outlet)
/// names the actor, and the actor's own statement denies or negates the same proposition. Declining to
/// comment or to confirm is not a denial. An actor denying what one of its own voices said weeks before is
/// judged the same way, as a claim it negated.
/// </summary>
public sealed class DenialOfReportJudge(JudgeWeights weights) : IPairJudge
{
    public string Kind => AlertKinds.DenialOfReport;

    /// <summary>Reports older than this when the denial comes count for less.</summary>
    public const int StaleReportDays = 45;

    public PairFinding? Judge(PairContext pair)
    {
        // "Dismissed as fake news an announcement by the president's own spokesman": an actor's voice denying what its
        // own voice said earlier is that actor saying one thing and then its opposite.
        var ownWordsDenied = pair.Relation == PairRelation.SameActor && pair.Later.Denies && !pair.Earlier.Denies && pair.DaysApart <= StaleReportDays
                             && DeniedSource.NamesOwnVoice(pair.Later.Statement, pair.Earlier.Statement);
        if (pair.Relation is not (PairRelation.ReportAndActor or PairRelation.ClaimAboutOtherActor) && !ownWordsDenied) return null;
        var reportIsEarlier = ownWordsDenied || PairRelations.IsReportingSide(pair, pair.Earlier);
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
            var evidence = new JudgeEvidence("denial-of-report",
            [
                new("similarity", c.Similarity),
                new("termOverlap", c.TermOverlap),
                EvidenceTerm.Flag("denies", actorSide.Denies),
                EvidenceTerm.Flag("opposed", c.Opposed),
                // "No move to curb exports" against a report of export curbs being weighed: the same act ruled out,
                // named by the same verb or by another.
                EvidenceTerm.Flag("sameActRuledOut", c.Opposed && (c.SameSense || c.SamePredicate)),
                // "planning an offensive against the neighbour" / "no plans to attack the neighbour": the same act on the
                // same thing, however differently the rest of each sentence runs.
                EvidenceTerm.Flag("sameActSameThing", c.Opposed && (c.SameSense || c.SamePredicate) && c.SameObject && !c.DifferentNames),
                EvidenceTerm.Flag("namesTheSource", namesTheSource == true),
                // A denial answers what is being said now; a report from months before is seldom what it answers.
                EvidenceTerm.Flag("staleReport", reportIsEarlier && pair.DaysApart > StaleReportDays),
                EvidenceTerm.Flag("differentNames", c.DifferentNames),
                EvidenceTerm.Flag("noSharedTerm", c.SharedTerms == 0),
            ]);
            var score = weights.Score(evidence);
            if (best is not null && best.Score >= score) continue;
            var headline = ownWordsDenied
                ? $"{ExplanationWriter.Who(actorSide.Statement)} denied what {ExplanationWriter.Who(reportSide.Statement)} had said for the same side"
                : $"{ExplanationWriter.Who(actorSide.Statement)} denied what {ExplanationWriter.Who(reportSide.Statement)} reported";
            best = new PairFinding(ownWordsDenied ? AlertKinds.NegatedClaim : Kind, score, ExplanationWriter.Write(headline, pair, c.Earlier.Cue, c.Later.Cue), c, evidence);
        }
        return best;
    }
}
