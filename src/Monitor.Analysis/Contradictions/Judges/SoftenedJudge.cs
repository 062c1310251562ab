using Monitor.Analysis.Claims;

namespace Monitor.Analysis.Contradictions.Judges;

/// <summary>
/// A firm claim later hedged on the same matter ("the embassy will reopen in March" → "reopening is
/// still on the table"). Never a contradiction; scored low so it can be shown as a hint.
/// </summary>
public sealed class SoftenedJudge(JudgeWeights weights) : IPairJudge
{
    private const double MaxScore = 0.35;

    public string Kind => ContradictionKinds.Softened;

    public PairFinding? Judge(PairContext pair)
    {
        if (pair.Relation is PairRelation.Unrelated or PairRelation.TwoReports or PairRelation.ClaimAboutOtherActor) return null;
        PairFinding? best = null;
        foreach (var c in pair.Comparisons)
        {
            if (c.Earlier.Modality is not (Modality.Fact or Modality.Commitment) || c.Later.Modality != Modality.Possibility) continue;
            var evidence = new JudgeEvidence("softened",
            [
                new("similarity", c.Similarity),
                new("termOverlap", c.TermOverlap),
                EvidenceTerm.Flag("differentNames", c.DifferentNames),
            ]);
            var score = MaxScore * weights.Score(evidence);
            if (best is not null && best.Score >= score) continue;
            var headline = $"{ExplanationWriter.Who(pair.Later.Statement)} softened a firm claim to a possibility";
            best = new PairFinding(Kind, score, ExplanationWriter.Write(headline, pair, c.Earlier.Cue, c.Later.Cue), c, evidence);
        }
        return best;
    }
}
