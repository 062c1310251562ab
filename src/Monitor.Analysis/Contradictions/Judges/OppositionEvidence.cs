namespace Monitor.Analysis.Contradictions.Judges;

/// <summary>
/// The evidence that two opposed claims are about the same proposition, shared by the judges of negated
/// claims and of conflicting reports: similar neutral texts, shared content words, related predicates,
/// and no sign of two different places or matters.
/// </summary>
internal static class OppositionEvidence
{
    /// <param name="conditionalOffer">The earlier side promised on a condition: weighed as a promise, less a margin for the condition.</param>
    /// <param name="samePerson">Both claims are about one person leaving or keeping an office: the person, not an object, is the thing.</param>
    public static JudgeEvidence Of(ClaimComparison c, bool weaklyOpposed = false, bool conditionalOffer = false, bool samePerson = false)
    {
        var promised = c.Earlier.Modality == Claims.Modality.Commitment || conditionalOffer;
        // "a border post in Narva" and "a border post in Tartu" share their first words but are two things.
        var sameThing = (c.SameObject || samePerson) && !c.DifferentNames;
        // The same act in other words is as strong a sign as the same verb.
        var sameAct = c.SamePredicate || c.OppositePredicate || c.SameSense;
        return new JudgeEvidence("opposition",
        [
            new("similarity", c.Similarity),
            new("termOverlap", c.TermOverlap),
            EvidenceTerm.Flag("sameAct", sameAct),
            // Sentences that say one act in other words also embed further apart, which a second shared word makes up for.
            EvidenceTerm.Flag("sameSenseTwoTerms", c.SameSense && c.SharedTerms >= 2),
            // The same act done to the same thing, however differently the rest of each sentence runs.
            EvidenceTerm.Flag("sameThingSameAct", sameThing && sameAct),
            // An intention, then its opposite done to that same thing: the narration of the act rarely reads like the promise.
            EvidenceTerm.Flag("promisedThenReversed", sameThing && c.Opposed && promised && sameAct),
            // The same figure on the same act ("a 75-point rise" / "raised by three-quarters of a point") names one act, however it is worded.
            EvidenceTerm.Flag("sameFigure", c.SameFigure),
            EvidenceTerm.Flag("sameFigureSameAct", c.SameFigure && (c.SamePredicate || c.SameSense)),
            EvidenceTerm.Flag("differentNames", c.DifferentNames),
            // Leaving an office shares no word with keeping it but the person, who may be named on neither side; one
            // person keeping and leaving one office is itself a sign the two claims meet.
            EvidenceTerm.Flag("noSharedTerm", c.SharedTerms == 0 && !c.SameFigure && !samePerson),
            EvidenceTerm.Flag("samePerson", samePerson),
            EvidenceTerm.Flag("weaklyOpposed", weaklyOpposed),
            EvidenceTerm.Flag("conditional", conditionalOffer),
        ]);
    }
}
