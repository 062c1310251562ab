using Monitor.Abstractions;
using Monitor.Analysis.Claims;

namespace Monitor.Analysis.Contradictions.Judges;

/// <summary>
/// The same event given different figures: "2,000 troops will leave" vs "20,000 troops will leave".
/// Figures about a state of affairs said weeks apart ("the union has 27 members" → 28), and figures the
/// later statement marks as changed ("rose to", "after the accession"), are change over time, not conflict,
/// unless the later one sets the earlier figure aside ("57, not 63 as said before"): that is a correction.
/// Between two sources' reports the kind is <see cref="AlertKinds.ConflictingReports"/>.
/// </summary>
public sealed class NumberMismatchJudge : IPairJudge
{
    private const double StateChangeDays = 14;

    public string Kind => AlertKinds.NumberMismatch;

    public PairFinding? Judge(PairContext pair)
    {
        if (pair.Relation is PairRelation.Unrelated or PairRelation.ClaimAboutOtherActor) return null;
        PairFinding? best = null;
        foreach (var c in pair.Comparisons)
        {
            // Figures for different periods ("rose 16% this year", "will rise 10% next year") are different events.
            // A figure the later claim puts aside as the earlier one ("57, not 63 as said before") is a correction of that
            // very claim, whatever else changed: the gates that tell one matter from another are already passed.
            if (c.NumberConflict is not { } conflict || c.Opposed || c.ChangeSignalled && !c.Corrects || c.DateConflict is not null) continue;
            if (c.Earlier.Modality is Modality.Possibility or Modality.Declined || c.Later.Modality is Modality.Possibility or Modality.Declined) continue;
            // Figures of different acts ("the cut amounts to a million barrels" vs "will cut output by 500,000 barrels") are different things.
            if (!c.PredicatesRelated && c.Similarity < 0.85 && !c.Corrects) continue;
            if (c.Earlier.Modality == Modality.Fact && c.Later.Modality == Modality.Fact && pair.DaysApart > StateChangeDays && !c.Corrects) continue;
            var z = -4.5
                    + 4.0 * c.Similarity
                    + 2.5 * c.TermOverlap
                    + (c.SamePredicate ? 1.0 : 0)
                    + (Ratio(conflict.Earlier.Value, conflict.Later.Value) >= 2 ? 1.0 : 0)
                    + (c.Corrects ? 4.0 : 0)
                    - (c.DifferentNames ? 3.0 : 0);
            var score = Logistic.Of(z);
            if (best is not null && best.Score >= score) continue;
            var (kind, headline) = pair.Relation == PairRelation.TwoReports
                ? (AlertKinds.ConflictingReports, $"{ExplanationWriter.Who(pair.Earlier.Statement)} and {ExplanationWriter.Who(pair.Later.Statement)} report different figures")
                : (AlertKinds.NumberMismatch, $"{ExplanationWriter.Who(pair.Later.Statement)} gave different figures for the same thing");
            best = new PairFinding(kind, score, ExplanationWriter.Write(headline, pair, conflict.Earlier.Text, conflict.Later.Text), c);
        }
        return best;
    }

    // A figure off by a factor of two or more cannot be rounding or a loose estimate.
    private static decimal Ratio(decimal a, decimal b)
    {
        var (low, high) = (Math.Min(Math.Abs(a), Math.Abs(b)), Math.Max(Math.Abs(a), Math.Abs(b)));
        return low == 0 ? decimal.MaxValue : high / low;
    }
}
