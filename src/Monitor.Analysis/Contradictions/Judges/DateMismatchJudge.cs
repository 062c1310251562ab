using Monitor.Abstractions;
using Monitor.Analysis.Claims;

namespace Monitor.Analysis.Contradictions.Judges;

/// <summary>
/// The same event given different dates: "talks on 4 May" vs "talks on 14 May", compared at the coarser
/// of the two precisions ("in March" and "on 14 March" agree). A later statement that says the date
/// moved ("postponed", "rescheduled") is change over time. Between two sources' reports the kind is
/// <see cref="AlertKinds.ConflictingReports"/>.
/// </summary>
public sealed class DateMismatchJudge(JudgeWeights weights) : IPairJudge
{
    public string Kind => AlertKinds.DateMismatch;

    private static readonly string[] DateHedges =
    [
        "as early as", "no earlier than", "not earlier than", "at the earliest", "no sooner than", "not before", "at the latest",
        "around", "or so", "tentatively", "provisionally", "roughly", "about",
    ];

    private static bool HedgedDate(string text) => DateHedges.Any(h => text.Contains(h, StringComparison.OrdinalIgnoreCase));

    public PairFinding? Judge(PairContext pair)
    {
        if (pair.Relation is PairRelation.Unrelated or PairRelation.ClaimAboutOtherActor) return null;
        var best = DateDropped(pair);
        if (EventRedated(pair) is { } redated && (best is null || redated.Score > best.Score)) best = redated;
        foreach (var c in pair.Comparisons)
        {
            // A firm date the same actor later moves is a date it did not keep ("will leave on 29 March" → "asks to
            // postpone until 30 June"); a hedged date ("as early as", "no earlier than") moved is what it allowed for,
            // and between different voices a change word still says the plan changed.
            // "Inflation fell in March" and "rose in June" are two moves, not one event given two dates.
            if (c.DateConflict is not { } conflict || c.Opposed || c.OppositePredicate) continue;
            // "Ruled out an early election on Sunday", then again "on Monday": a thing denied or ruled out on two days, or
            // for two dates, was set for neither, so there is no date to disagree about.
            if (c.Earlier.Polarity == Polarity.Negative && c.Later.Polarity == Polarity.Negative) continue;
            if (HedgedDate(c.Earlier.Text) || c.ChangeSignalled && pair.Relation != PairRelation.SameActor) continue;
            // Different verbs with different dates are usually different events ("will visit on Tuesday", "arrived on Wednesday").
            var movesTheAct = MovesTheSameAct(c);
            if (!c.PredicatesRelated && c.Similarity < 0.85 && !c.Corrects && !movesTheAct) continue;
            if (c.Earlier.Modality is Modality.Possibility or Modality.Declined || c.Later.Modality is Modality.Possibility or Modality.Declined) continue;
            // "The budget rose by 16% this year", then "will rise by 10% next year": what had already happened is not
            // moved by a plan for a later time; that is the next time the act is done.
            if (c.Earlier.Modality == Modality.Fact && c.Later.Modality == Modality.Commitment && conflict.Later.Start > conflict.Earlier.Start) continue;
            // "Cut rates on Thursday", then a year later "has cut rates since August": an account of something already
            // done cannot be about an event dated after that account was given; it is the act done again.
            if (c.Earlier.Modality == Modality.Fact && c.Later.Modality == Modality.Fact
                && conflict.Later.Start > DateOnly.FromDateTime(pair.Earlier.Statement.SaidAt.UtcDateTime)) continue;
            // "Extended its deadline to Dec. 30", then "extended the deadline for a second time, to Jan. 16": each date is set by
            // an act of moving it, told as such; the second move revises the first, it does not contradict it.
            if (c.SamePredicate && DateMoving.Contains(c.Earlier.Predicate)) continue;
            // A toll's dates say which days it counts ("no deaths on Thursday", "died between March 11 and 30"), not when one event happened.
            if (c.Earlier.Toll is not null && c.Later.Toll is not null) continue;
            var evidence = new JudgeEvidence("date-mismatch",
            [
                new("similarity", c.Similarity),
                new("termOverlap", c.TermOverlap),
                EvidenceTerm.Flag("sameAct", c.SamePredicate || movesTheAct),
                EvidenceTerm.Flag("differentNames", c.DifferentNames),
                EvidenceTerm.Flag("modalityDiffers", c.Earlier.Modality != c.Later.Modality),
                // "on 31 October, three weeks earlier than the 23 November date": the later claim names the earlier date it replaces.
                EvidenceTerm.Flag("corrects", c.Corrects),
            ]);
            var score = weights.Score(evidence);
            if (best is not null && best.Score >= score) continue;

            var (kind, headline) = pair.Relation == PairRelation.TwoReports
                ? (AlertKinds.ConflictingReports, $"{ExplanationWriter.Who(pair.Earlier.Statement)} and {ExplanationWriter.Who(pair.Later.Statement)} report different dates")
                : (AlertKinds.DateMismatch, $"{ExplanationWriter.Who(pair.Later.Statement)} gave different dates for the same thing");
            best = new PairFinding(kind, score,
                ExplanationWriter.Write(headline, pair, ExplanationWriter.DateWords(conflict.Earlier), ExplanationWriter.DateWords(conflict.Later)), c, evidence);
        }
        return best;
    }

    /// <summary>Acts whose object is a date itself: a deadline extended, a vote postponed to another day.</summary>
    private static readonly HashSet<string> DateMoving = new[] { "extend", "postpone", "delay", "defer", "reschedule", "push back" }
        .Select(Claims.PredicateLexicon.StemOf).ToHashSet(StringComparer.Ordinal);

    private static readonly string[] MoveWords = ["delay", "postpon", "defer", "reschedul", "push", "put", "brought", "bring", "mov"];

    /// <summary>
    /// "Will resume sales on Sept. 28", then "will delay the resumption of sales by three days, to Oct. 1": the later names
    /// the earlier act, as a noun, as the thing whose date moves, whatever verb its own sentence ends on.
    /// </summary>
    private static bool MovesTheSameAct(ClaimComparison c)
    {
        var act = c.Earlier.Predicate;
        if (act.Length < 4) return false;
        var words = Text.ClaimKey.Words(c.Later.Text).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            if (!MoveWords.Any(m => words[i].StartsWith(m, StringComparison.Ordinal))) continue;
            for (var j = i + 1; j < Math.Min(words.Length, i + 5); j++)
                if (words[j].StartsWith(act, StringComparison.Ordinal) && !MoveWords.Any(m => words[j].StartsWith(m, StringComparison.Ordinal))) return true;
        }
        return false;
    }

    /// <summary>Verbs, as the claim reader stems them, that move an event to another date.</summary>
    private static readonly HashSet<string> EventMoving = new[] { "postpone", "delay", "defer", "reschedule", "move", "put back", "push back", "bring forward" }
        .Select(Claims.PredicateLexicon.StemOf).ToHashSet(StringComparer.Ordinal);

    private static readonly string[] Affirmations =
    [
        "as scheduled", "as planned", "as promised", "as agreed", "on schedule", "on time", "go ahead", "goes ahead", "going ahead",
        "still", "definitely", "come what may", "whatever happens", "rain or shine",
    ];

    /// <summary>"Will take place as scheduled on Dec. 23", "will not be postponed": a date said to hold, not only set.</summary>
    private static bool AffirmsDate(string text) =>
        Affirmations.Any(a => $" {string.Join(' ', Text.ClaimKey.Words(text))} ".Contains($" {a} ", StringComparison.Ordinal)) || DateDropWords.OnlyRulesOut(text);

    /// <summary>"The vote … Dec. 23", then "put back the elections": both claims name one event, the same way or by another name for it.</summary>
    private static bool NameOneEvent(ClaimComparison c) => EventNames.In(c.Earlier.Text).Overlaps(EventNames.In(c.Later.Text));

    /// <summary>
    /// "The report will be published on 9 March", then on or before that day "postponed the publication" or "cancelled
    /// the 12 June summit": a firm date the same actor set and did not keep, even though no new date is given. A hedged
    /// date ("around", "as early as") or a possibility was never a promise, and a date already past was kept or not
    /// before the change was announced.
    /// </summary>
    private PairFinding? DateDropped(PairContext pair)
    {
        if (pair.Relation != PairRelation.SameActor) return null;
        var saidOn = DateOnly.FromDateTime(pair.Earlier.Statement.SaidAt.UtcDateTime);
        var droppedOn = DateOnly.FromDateTime(pair.Later.Statement.SaidAt.UtcDateTime);
        PairFinding? best = null;
        foreach (var c in pair.Comparisons)
        {
            if (c.Earlier.Modality != Modality.Commitment || c.Earlier.Conditional || HedgedDate(c.Earlier.Text)) continue;
            // "As scheduled on Dec. 23", then "put back the elections by one week to Dec. 30": a date affirmed to hold and then
            // moved is an assurance broken, though the move names a new date. A plain date moved is a plan changed and said
            // so, and any other new date is left to the comparison of dates.
            var moved = EventMoving.Contains(c.Later.Predicate) && AffirmsDate(c.Earlier.Text);
            if (c.DateConflict is not null && !moved) continue;
            if (c.Earlier.Dates.FirstOrDefault(d => d.Precision <= DatePrecision.Month && d.Start > saidOn && d.End >= droppedOn) is not { } due) continue;
            if (moved && c.Later.Dates.Count > 0 && !c.Later.Dates[^1].ConflictsWith(due)) continue;
            if (DateDropWords.Asserted(c.Later.Text) is not { } drop) continue;
            var evidence = new JudgeEvidence("date-dropped",
            [
                new("similarity", c.Similarity),
                // A vote is the election it decides: an event named by another of its names is a shared term.
                new("termOverlap", NameOneEvent(c) ? 1.0 : c.TermOverlap),
                EvidenceTerm.Flag("differentNames", c.DifferentNames),
            ]);
            var score = weights.Score(evidence);
            if (best is not null && best.Score >= score) continue;
            var movedTo = moved && c.Later.Dates.Count > 0 ? c.Later.Dates[^1] : null;
            best = new PairFinding(AlertKinds.DateMismatch, score,
                ExplanationWriter.Write($"{ExplanationWriter.Who(pair.Later.Statement)} set a firm date, then {(movedTo is null ? "dropped" : "moved")} it", pair,
                    ExplanationWriter.DateWords(due), movedTo is null ? drop : $"{drop} to {ExplanationWriter.DateWords(movedTo)}"), c, evidence);
        }
        return best;
    }

    /// <summary>
    /// "Would not stand in the presidential election due on Feb. 25", then "voted to hold the presidential election on
    /// Dec. 15": the same actor gives one scheduled event two dates, whatever it was doing each time. A date moved and
    /// said to be moved ("postponed the vote to …") is a plan changed, left to <see cref="DateDropped"/>; a hedged date
    /// was never set, nor a date named only as the one dropped; a day already past when first named is not a schedule.
    /// </summary>
    private PairFinding? EventRedated(PairContext pair)
    {
        if (pair.Relation != PairRelation.SameActor) return null;
        var saidOn = DateOnly.FromDateTime(pair.Earlier.Statement.SaidAt.UtcDateTime);
        PairFinding? best = null;
        foreach (var c in pair.Comparisons)
        {
            if (c.ChangeSignalled || HedgedDate(c.Earlier.Text) || DateReader.PutsOff(c.Later.Text) || c.DifferentNames) continue;
            // "Postponed the Feb. 25 election", then "set it for Dec. 15": a date named only as the one dropped was no longer set.
            if (DateReader.PutsOff(c.Earlier.Text) || DateDropWords.Asserted(c.Earlier.Text) is not null) continue;
            var earlierEvents = EventDates.Of(c.Earlier);
            if (earlierEvents.Count == 0) continue;
            var laterEvents = EventDates.Of(c.Later);
            foreach (var (name, qualifiers, due) in earlierEvents)
            {
                if (due.Start <= saidOn) continue;
                var (_, _, other) = laterEvents.FirstOrDefault(l => l.Event == name && EventDates.SameEvent(qualifiers, l.Qualifiers));
                if (other is null || !due.ConflictsWith(other)) continue;
                var evidence = new JudgeEvidence("date-mismatch",
                [
                    new("similarity", c.Similarity),
                    // One event named on both sides is a shared term, however differently the rest runs.
                    new("termOverlap", 1.0),
                    EvidenceTerm.Flag("sameAct", true),
                    EvidenceTerm.Flag("modalityDiffers", c.Earlier.Modality != c.Later.Modality),
                ]);
                var score = weights.Score(evidence);
                if (best is not null && best.Score >= score) continue;
                best = new PairFinding(AlertKinds.DateMismatch, score,
                    ExplanationWriter.Write($"{ExplanationWriter.Who(pair.Later.Statement)} gave the same {name} two dates", pair,
                        ExplanationWriter.DateWords(due), ExplanationWriter.DateWords(other)), c, evidence);
            }
        }
        return best;
    }
}
