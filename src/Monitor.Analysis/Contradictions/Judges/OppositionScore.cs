namespace Monitor.Analysis.Contradictions.Judges;

/// <summary>
/// The evidence that two opposed claims are about the same proposition, shared by the judges of negated
/// claims and of conflicting reports: similar neutral texts, shared content words, related predicates,
/// and no sign of two different places or matters.
/// </summary>
internal static class OppositionScore
{
    public static double Of(ClaimComparison c, bool weaklyOpposed = false) =>
        Logistic.Of(-6.5
                    + 5.5 * c.Similarity
                    + 3.0 * c.TermOverlap
                    + (c.SamePredicate || c.OppositePredicate ? 1.5 : 0.5)
                    - (c.DifferentNames ? 4.0 : 0)
                    - (c.SharedTerms == 0 ? 2.5 : 0)
                    - (weaklyOpposed ? 1.0 : 0));
}
