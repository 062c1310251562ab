namespace Monitor.Analysis.Contradictions.Judges;

/// <summary>
/// The evidence that two opposed claims are about the same proposition, shared by the judges of negated
/// claims and of conflicting reports: similar neutral texts, shared content words, related predicates,
/// and no sign of two different places or matters.
/// </summary>
internal static class OppositionScore
{
    /// <param name="conditionalOffer">The earlier side promised on a condition: weighed as a promise, less a margin for the condition.</param>
    /// <param name="samePerson">Both claims are about one person leaving or keeping an office: the person, not an object, is the thing.</param>
    public static double Of(ClaimComparison c, bool weaklyOpposed = false, bool conditionalOffer = false, bool samePerson = false)
    {
        var promised = c.Earlier.Modality == Claims.Modality.Commitment || conditionalOffer;
        // "a border post in Narva" and "a border post in Tartu" share their first words but are two things.
        var sameThing = (c.SameObject || samePerson) && !c.DifferentNames;
        return Logistic.Of(-6.5
                    + 5.5 * c.Similarity
                    + 3.0 * c.TermOverlap
                    // The same act in other words is as strong a sign as the same verb; sentences that say it in
                    // other words also embed further apart, which the second shared word makes up for.
                    + (c.SamePredicate || c.OppositePredicate || c.SameSense ? 1.5 : 0.5)
                    + (c.SameSense && c.SharedTerms >= 2 ? 1.5 : 0)
                    // The same act done to the same thing, however differently the rest of each sentence runs.
                    + (sameThing && (c.SamePredicate || c.SameSense || c.OppositePredicate) ? 2.0 : 0)
                    // An intention, then its opposite done to that same thing: the narration of the act rarely reads like the promise.
                    + (sameThing && c.Opposed && promised && (c.SamePredicate || c.SameSense || c.OppositePredicate) ? 1.5 : 0)
                    // The same figure on the same act ("a 75-point rise" / "raised by three-quarters of a point") names one act, however it is worded.
                    + (c.SameFigure && (c.SamePredicate || c.SameSense) ? 4.5 : c.SameFigure ? 2.5 : 0)
                    - (c.DifferentNames ? 4.0 : 0)
                    // Leaving an office shares no word with keeping it but the person, who may be named on neither side; one
                    // person keeping and leaving one office is itself a sign the two claims meet.
                    - (c.SharedTerms == 0 && !c.SameFigure && !samePerson ? 2.5 : 0)
                    + (samePerson ? 0.5 : 0)
                    - (weaklyOpposed ? 1.0 : 0)
                    - (conditionalOffer ? 1.0 : 0));
    }
}
