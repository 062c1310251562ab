using Monitor.Abstractions;
using Monitor.Analysis.Claims;

namespace Monitor.Analysis.Contradictions.Judges;

/// <summary>
/// Two sources report opposite things about the same event ("the talks went ahead" vs "the talks were
/// called off"). Different figures and dates between reports are scored by the number and date judges
/// under this same kind.
/// </summary>
public sealed class ConflictingReportsJudge(JudgeWeights weights) : IPairJudge
{
    public string Kind => AlertKinds.ConflictingReports;

    public PairFinding? Judge(PairContext pair)
    {
        // Two outlets, or an outlet's later findings against what an actor had said of the same event ("secondary
        // explosions showed explosives" → "no sign of a second explosion"). The actor answering a report is a denial,
        // judged by DenialOfReportJudge.
        var reportAfterActor = pair.Relation == PairRelation.ReportAndActor && PairRelations.IsReport(pair.Later.Statement);
        if (pair.Relation != PairRelation.TwoReports && !reportAfterActor) return null;
        PairFinding? best = null;
        foreach (var c in pair.Comparisons)
        {
            if (!c.Opposed) continue;
            if (c.Earlier.Modality is Modality.Possibility or Modality.Declined or Modality.Demand) continue;
            if (c.Later.Modality is Modality.Possibility or Modality.Declined or Modality.Demand) continue;
            var evidence = OppositionEvidence.Of(c);
            var score = weights.Score(evidence);
            if (best is not null && best.Score >= score) continue;
            var headline = $"{ExplanationWriter.Who(pair.Earlier.Statement)} and {ExplanationWriter.Who(pair.Later.Statement)} report opposite things";
            best = new PairFinding(Kind, score, ExplanationWriter.Write(headline, pair, c.Earlier.Cue, c.Later.Cue), c, evidence);
        }
        return best;
    }
}
