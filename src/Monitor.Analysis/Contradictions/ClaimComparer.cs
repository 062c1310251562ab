using Monitor.Analysis.Claims;
using Monitor.Analysis.Embeddings;
using Monitor.Analysis.Text;

namespace Monitor.Analysis.Contradictions;

/// <summary>Compares every claim of one statement with every claim of another.</summary>
public static partial class ClaimComparer
{
    // Words that announce a change rather than a contradiction: "postponed to 14 May", "now has 28 members after the accession".
    private static readonly HashSet<string> ChangeWords = new(StringComparer.Ordinal)
    {
        "postponed", "postpones", "postpone", "rescheduled", "reschedule", "delayed", "delay", "delays", "moved", "pushed",
        "brought", "revised", "revises", "updated", "now", "after", "following", "since", "grew", "grown", "rose", "risen",
        "increased", "fell", "fallen", "decreased", "expanded", "shrank", "accession", "joined", "admitted", "welcomed",
        "became", "become", "latest", "new", "raised", "lowered", "adjusted", "amended", "changed", "instead",
    };

    private static readonly HashSet<string> OccurrencePredicates = new(StringComparer.Ordinal) { "occur", "" };

    /// <summary>
    /// "The increase to 15 percent would not take effect" against "would raise it to 15 percent": the thing said to happen
    /// or not is the other claim's act, named by a noun.
    /// </summary>
    private static bool ActTakingEffect(Claim occurring, Claim acting) =>
        occurring.Predicate == "occur" && acting.Predicate.Length > 0 && acting.Predicate != "occur"
        && occurring.Subject.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(PredicateLexicon.StemOf)
            .Any(w => w == acting.Predicate || PredicateSenses.SameSense(w, acting.Predicate));

    private static readonly HashSet<string> ChangingAtAll = new[] { "change", "alter", "modify", "adjust", "touch" }
        .Select(PredicateLexicon.StemOf).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> ChangingOneWay = new[]
        {
            "raise", "increase", "hike", "boost", "lift", "cut", "lower", "reduce", "decrease", "trim", "slash", "devalue", "revalue",
            "double", "halve",
            // "Will replace the voting system" against "changing the voting system is not in your mandate": replacing or
            // reforming a thing is changing it.
            "replace", "reform", "overhaul", "amend",
        }
        .Select(PredicateLexicon.StemOf).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// "We are not going to change the price of gold" against "agreed to raise the official price of gold": raising a thing
    /// is one way of changing it, so ruling out any change is ruling out the rise.
    /// </summary>
    private static bool OneWayOfChanging(Claim general, Claim specific) =>
        ChangingAtAll.Contains(general.Predicate) && ChangingOneWay.Contains(specific.Predicate);

    // Borrowing names taking a loan: "did not need to borrow from the Fund" refuses the help later asked for.
    private static readonly HashSet<string> AidNouns = new[] { "help", "aid", "assistance", "rescue", "bailout", "bail-out", "loan", "lifeline", "borrow" }
        .Select(WordStem.Of).ToHashSet(StringComparer.Ordinal);

    private static readonly string Need = PredicateLexicon.StemOf("need");

    private static readonly HashSet<string> Seeking = new[] { "ask", "request", "seek", "apply" }
        .Select(PredicateLexicon.StemOf).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// "The country does not need any help" or "there will be no rescue of the banks", against "asked the Commission
    /// for financial assistance": help said not to be needed, or ruled out, and then asked for is one act, whichever
    /// of its names ("aid", "a rescue", "a loan") each side uses.
    /// </summary>
    private static bool AidSought(Claim refused, Claim seeking) =>
        refused.Polarity == Polarity.Negative && seeking.Polarity == Polarity.Positive
        && (refused.Predicate == Need || AidNouns.Contains(refused.Predicate) || refused.Predicate.Length == 0)
        && refused.Terms.Any(AidNouns.Contains)
        && Seeking.Contains(seeking.Predicate) && seeking.Terms.Any(AidNouns.Contains) && !NamedAsNoun(seeking);

    /// <summary>"Were preparing for a Portuguese request for aid": the act named as a thing others await, not done.</summary>
    private static bool NamedAsNoun(Claim claim)
    {
        var words = ClaimKey.Words(claim.Text).ToArray();
        var at = Array.IndexOf(words, claim.PredicateText.ToLowerInvariant());
        return at > 0 && (Determiners.Contains(words[at - 1]) || at > 1 && Determiners.Contains(words[at - 2]));
    }

    /// <summary>One side says the act was or was not done, the other only names it as a thing after "a" or "the".</summary>
    private static bool AwaitedAct(Claim earlier, Claim later) =>
        earlier.Polarity != later.Polarity
        && (later.Polarity == Polarity.Positive && Seeking.Contains(later.Predicate) && NamedAsNoun(later)
            || earlier.Polarity == Polarity.Positive && Seeking.Contains(earlier.Predicate) && NamedAsNoun(earlier));

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "a", "an", "the", "its", "their", "his", "her", "any", "no", "this", "that" };

    private static readonly HashSet<string> BringingIn = new[] { "introduce", "impose", "adopt", "enact", "create", "establish", "levy", "launch", "implement" }
        .Select(PredicateLexicon.StemOf).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// "There will be no fuel levy" against "will introduce a fuel levy": what one claim says will (not) exist is what
    /// the other brings in, named as its object.
    /// </summary>
    private static bool BroughtIntoBeing(Claim existing, Claim acting) =>
        existing.Predicate.Length > 0 && BringingIn.Contains(acting.Predicate) && ThereIs().IsMatch(existing.Text)
        && acting.Object.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(ObjectHeadWords).Select(WordStem.Of).Contains(existing.Predicate, StringComparer.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*there\s+(?:is|are|was|were|will\s+be|would\s+be|shall\s+be|won't\s+be|can\s+be|could\s+be)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ThereIs();

    /// <summary>
    /// A claim with no verb of its own tells whether something happens ("there will be no strike"), unless its verb is
    /// a stand-in for an act named elsewhere ("was not about to do so", "it could not be done"): that says nothing a
    /// claim could be the opposite of.
    /// </summary>
    private static bool StandsIn(Claim claim) => claim.Predicate.Length == 0 && ProVerb().IsMatch(claim.Text);

    /// <summary>
    /// "The jet was not a luxury", "the levy is a necessity": a verbless claim that says what a thing is, not whether
    /// something happens, so it is no occurrence for another act to deny or bring about. "There was a third country
    /// involved", "there had never been a schedule" say that something is or was not, and stay occurrences.
    /// </summary>
    private static bool Classifies(Claim claim, Claim other) =>
        claim.Predicate.Length == 0 && Classification().Match(claim.Text) is { Success: true } m
        && !other.Terms.Contains(WordStem.Of(m.Groups["kind"].Value.ToLowerInvariant()));

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\bthere\s+(?:\w+\s+){0,2})\b(?:is|was|are|were|be|been|remains|remained|remain)\s+(?:not\s+|never\s+|no\s+longer\s+)?(?:a|an)\s+(?<kind>\w+)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Classification();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:do|does|did|doing|done)\s+(?:so|it|that|this)\b|\b(?:be|been|being)\s+done\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ProVerb();

    public static IEnumerable<ClaimComparison> Compare(AnalyzedStatement earlier, AnalyzedStatement later)
    {
        // "The republic will pay" and "it is suspending payments": the speaking actor is there in both, named or not.
        string[] speakers = [.. new[] { earlier.Statement.Actor, later.Statement.Actor }.OfType<string>().Distinct(StringComparer.Ordinal)];
        var (earlierPerson, laterPerson) = (PersonSurname(earlier.Statement), PersonSurname(later.Statement));
        for (var i = 0; i < earlier.Claims.Count; i++)
        {
            for (var j = 0; j < later.Claims.Count; j++)
            {
                var similarity = earlier.ClaimVectors.Count > i && later.ClaimVectors.Count > j
                    ? VectorMath.Cosine(earlier.ClaimVectors[i], later.ClaimVectors[j])
                    : -1;
                var doers = IsDoneBy(earlierPerson, earlier.Claims[i], later.Claims[j]) || IsDoneBy(laterPerson, later.Claims[j], earlier.Claims[i]) ? 1 : 0;
                yield return Compare(earlier.Claims[i], later.Claims[j], similarity, speakers, doers);
            }
        }
    }

    /// <summary>The speaker's surname, lower case, when the speaker is a person named in full ("Ivo Varga"); else null.</summary>
    private static string? PersonSurname(Abstractions.Statement statement)
    {
        var parts = statement.Speaker?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return parts.Length >= 2 && parts.All(p => char.IsUpper(p[0]) && p.All(ch => char.IsLetter(ch) || ch is '-' or '.' or '\''))
            ? parts[^1].ToLowerInvariant()
            : null;
    }

    /// <summary>
    /// "Resigned as president on Tuesday", narrated of Ivo Varga, against his nephew's "Varga has no intention of
    /// stepping down": a claim with no subject of its own (or only "he", "she") is about its speaker, so the other claim
    /// naming that person shares a party with it.
    /// </summary>
    private static bool IsDoneBy(string? surname, Claim own, Claim other)
    {
        if (surname is null || own.Subject is not ("" or "he" or "she")) return false;
        // The other claim's subject counts too: a conjunct borrows it from the clause before ("Varga … and has no intention …").
        var named = ClaimKey.Words(other.Text).Concat(other.Subject.Split(' ')).Contains(surname, StringComparer.Ordinal);
        return named && !ClaimKey.Words(own.Text).Contains(surname, StringComparer.Ordinal);
    }

    /// <param name="similarity">Embedding cosine of the two neutral texts; negative when none is available.</param>
    /// <param name="speakers">The actors who made the two statements: a claim naming its own speaker names no other party.</param>
    /// <param name="sharedDoers">People one claim names who are the unnamed subject of the other (see <see cref="IsDoneBy"/>).</param>
    public static ClaimComparison Compare(Claim earlier, Claim later, double similarity, IReadOnlyList<string>? speakers = null, int sharedDoers = 0)
    {
        var termsA = earlier.Terms;
        var termsB = later.Terms;
        // A third party both claims name ("an offensive against Xland" / "no plans to attack Xland") is a shared matter;
        // the speakers' own names are not, and are no terms of either claim.
        var sharedParties = speakers is null ? 0 : earlier.Actors.Count(a => later.Actors.Contains(a) && !speakers.Contains(a));
        var abbreviated = earlier.Names.Count(n => !termsB.Contains(n) && AbbreviatesTerms(n, termsB)) + later.Names.Count(n => !termsA.Contains(n) && AbbreviatesTerms(n, termsA));
        var aidSought = AidSought(earlier, later) || AidSought(later, earlier);
        var shared = termsA.Count(termsB.Contains) + LexicallyShared(earlier, later, termsB) + ActsShared(termsA, termsB) + sharedParties + sharedDoers + abbreviated
                     + (aidSought && !termsA.Intersect(termsB).Any(AidNouns.Contains) ? 1 : 0);
        var smaller = Math.Min(termsA.Count, termsB.Count);
        var overlap = smaller == 0 ? 0 : Math.Min(1.0, (double)shared / smaller);
        if (similarity < 0) similarity = Jaccard(termsA, termsB, earlier.Predicate, later.Predicate);

        var samePredicate = earlier.Predicate.Length > 0 && earlier.Predicate == later.Predicate;
        // "would meet its responsibilities" / "no assurance it can meet its obligations": the verb as written is one act,
        // whatever sense one side's object gave its predicate ("meet obligations" is read as paying).
        var sameVerb = !samePredicate && PredicateSenses.WrittenVerb(earlier) is { } verbA && verbA == PredicateSenses.WrittenVerb(later);
        var sameSense = sameVerb || PredicateSenses.SameSense(earlier.Predicate, later.Predicate)
                        || ActTakingEffect(earlier, later) || ActTakingEffect(later, earlier)
                        || BroughtIntoBeing(earlier, later) || BroughtIntoBeing(later, earlier)
                        || OneWayOfChanging(earlier, later) || OneWayOfChanging(later, earlier) || aidSought
                        || !samePredicate && earlier.Predicate.Length > 0 && later.Predicate.Length > 0
                        && PredicateSenses.SameSenseInWordNet(earlier, later);
        // "The vote will go ahead" against "suspended the vote": stopping a thing is the opposite of its happening.
        var stopsOccurrence = OccurrencePredicates.Contains(earlier.Predicate) && PredicateSenses.IsRestricting(later.Predicate)
                              || OccurrencePredicates.Contains(later.Predicate) && PredicateSenses.IsRestricting(earlier.Predicate);
        var oppositePredicate = Antonyms.AreOpposite(earlier.Predicate, later.Predicate) || PredicateSenses.OppositeSense(earlier.Predicate, later.Predicate)
                                || stopsOccurrence && earlier.Predicate.Length > 0 && later.Predicate.Length > 0;
        var occurrence = (OccurrencePredicates.Contains(earlier.Predicate) || OccurrencePredicates.Contains(later.Predicate))
                         && !StandsIn(earlier) && !StandsIn(later) && !Classifies(earlier, later) && !Classifies(later, earlier);
        // "Had violated the airspace" against "no deliberate attempt to violate it": a purpose denied leaves the act standing.
        var polarityFlip = earlier.Polarity != later.Polarity && !earlier.IntentDenied && !later.IntentDenied;
        var opposed = (samePredicate || sameSense || occurrence || oppositePredicate) && (polarityFlip ^ oppositePredicate);
        // "Would no longer respond to the requests", then "turned down a request": a refusal is the act not done, said the
        // other way, so it agrees with a negation of its sense ("will not reject it" then "rejected it" still turns).
        if (opposed && polarityFlip && !oppositePredicate && PredicateSenses.RefusalAgrees(earlier, later)) opposed = false;
        // "Banned wheat exports" against "will supply wheat to the world": the restricted act is what is compared, as is the
        // act "withdrawing its troops from Tigray" takes for granted.
        var restrictedEarlier = PredicateSenses.ComparedAct(earlier);
        var restrictedLater = PredicateSenses.ComparedAct(later);
        var restrictedRelated = false;
        if (restrictedEarlier is not null || restrictedLater is not null)
        {
            var (actA, polarityA) = restrictedEarlier ?? (earlier.Predicate, earlier.Polarity);
            var (actB, polarityB) = restrictedLater ?? (later.Predicate, later.Polarity);
            // A deal's noun names only the act ("the purchase"): what was bought must be shared too, or it is another deal.
            var sameDeal = !PredicateSenses.NamesADeal(earlier) && !PredicateSenses.NamesADeal(later) || termsA.Count(termsB.Contains) + sharedParties + abbreviated > 0;
            restrictedRelated = actA.Length > 0 && (actA == actB || PredicateSenses.SameSense(actA, actB)) && sameDeal;
            opposed |= restrictedRelated && polarityA != polarityB;
            // "would keep sterling in the mechanism" (it stays) against "suspended its membership" (it leaves).
            if (actA.Length > 0 && PredicateSenses.OppositeSense(actA, actB) && polarityA == polarityB && (restrictedEarlier is not null || restrictedLater is not null))
                restrictedRelated = opposed = true;
        }
        // "Washington had not been willing to discuss paying more", then "signed a law ending the agreement": talks another
        // tracked actor refused are not the speaker's to take back by any agreement.
        var othersTalks = speakers is not null && earlier.SubjectActors.Count > 0 && !earlier.SubjectActors.Any(speakers.Contains);
        if (PredicateSenses.RefusedActReached(earlier, later) && !othersTalks) restrictedRelated = opposed = true;
        // "Asked to postpone the exit until June 30", then "will leave on Oct. 31": the act after the date kept to it.
        if (opposed && restrictedRelated && (PutsOffUntilBefore(earlier, later) || PutsOffUntilBefore(later, earlier))) opposed = false;
        // An exemption narrows a rule ("cargoes already loaded may still sail"); it does not reverse it.
        if (opposed && !polarityFlip && Exempts(later)) opposed = false;
        if (opposed && restrictedRelated && Exempts(later)) opposed = false;
        // "Would not ask for aid" against "were preparing for a Portuguese request for aid": a request named as a thing
        // awaited is not one made, so it denies nothing.
        if (opposed && AwaitedAct(earlier, later)) opposed = false;
        var related = samePredicate || sameSense || oppositePredicate || occurrence || restrictedRelated;

        // "attack Ukraine" on both sides names one target, whatever other places each sentence passes through.
        var (headA, headB) = (ObjectHead(earlier), ObjectHead(later));
        var sameNamedObject = headA.Intersect(headB, StringComparer.Ordinal).Any(h => earlier.Names.Contains(h) && later.Names.Contains(h));
        // "Refused to apologise for the killing of nine people aboard the Mavi Marmara" / "apologised for the deaths of nine
        // people in the raid on the Gaza aid ship": one act over one count of people is one matter, under whatever names.
        var oneCountOneAct = (samePredicate || sameSense) && SameFigure(earlier.Quantities, later.Quantities)
                             && earlier.Quantities.Concat(later.Quantities).Any(q => QuantityReader.CountsPeople(q.Unit));
        var differentNames = !sameNamedObject && !oneCountOneAct && NamesOtherThan(earlier, later, speakers ?? []) && NamesOtherThan(later, earlier, speakers ?? []);
        var numberConflict = Numbers(earlier.Quantities, later.Quantities);
        // "40 million doses in the first quarter", then "180 million in the second": two periods, two figures.
        if (numberConflict is not null && ReportingPeriods.Differ(earlier.Text, later.Text)) numberConflict = null;
        var dateConflict = Dates(earlier, later);
        // "Will raise rates by 25 points" then "raised rates by 50 points": the change word is the promised act itself,
        // done to another measure, not news that the figure was revised.
        var actDoneOtherwise = (samePredicate || sameSense) && earlier.Modality == Modality.Commitment && later.Modality == Modality.Fact;
        var change = !actDoneOtherwise && ClaimKey.Words(later.Text).Any(ChangeWords.Contains);
        return new ClaimComparison(earlier, later, similarity, overlap, shared, samePredicate, oppositePredicate, related, opposed,
            differentNames, numberConflict, dateConflict, change, sameSense || restrictedRelated, SameFigure(earlier.Quantities, later.Quantities),
            SameObject(earlier, later, headA, headB), Corrects(earlier, later), Tolls(earlier, later));
    }

    /// <summary>
    /// "No deaths on Saturday" against "59,938 died between Dec. 8 and Jan. 12": none against some, when the
    /// times the two claims speak of meet (or either names none). Two counts that differ are a figure revised
    /// as a toll rises, left to the figures' own comparison.
    /// </summary>
    private static (Toll, Toll)? Tolls(Claim earlier, Claim later)
    {
        if (earlier.Toll is not { } a || later.Toll is not { } b || (a.Count == 0) == (b.Count == 0)) return null;
        if (Period(earlier) is not { } p || Period(later) is not { } q) return (a, b);
        return p.From <= q.To && q.From <= p.To ? (a, b) : null;
    }

    /// <summary>The days a claim's dates cover, from the first to the last ("between Dec. 8 and Jan. 12"); open-ended after "since".</summary>
    private static (DateOnly From, DateOnly To)? Period(Claim claim)
    {
        if (claim.Dates.Count == 0) return null;
        var from = claim.Dates.Min(d => d.Start);
        var to = claim.Dates.Max(d => d.End);
        return claim.Text.Contains("since ", StringComparison.OrdinalIgnoreCase) ? (from, DateOnly.MaxValue) : (from, to);
    }

    /// <summary>Whether the first claim puts an act off until a date that every date of the second claim comes after.</summary>
    private static bool PutsOffUntilBefore(Claim putOff, Claim other) =>
        putOff.PutOffUntil is { } until && other.Dates.Count > 0 && other.Dates.All(d => d.Start > until.Start);

    /// <summary>Whether the claim names a place, party or tracked actor the other claim does not.</summary>
    private static bool NamesOtherThan(Claim claim, Claim other, IReadOnlyList<string> speakers) =>
        claim.Names.Any(n => !other.Terms.Contains(n) && !AbbreviatesTerms(n, other.Terms)) || claim.Actors.Any(a => !other.Actors.Contains(a) && !speakers.Contains(a));

    /// <summary>"ERM" and "exchange rate mechanism": a short name whose letters are the initials of words running in the other claim.</summary>
    private static bool AbbreviatesTerms(string name, IReadOnlyList<string> terms)
    {
        if (name.Length is < 2 or > 6) return false;
        for (var start = 0; start + name.Length <= terms.Count; start++)
        {
            var i = 0;
            while (i < name.Length && terms[start + i].Length > 0 && terms[start + i][0] == name[i]) i++;
            if (i == name.Length) return true;
        }
        return false;
    }

    private static bool Corrects(Claim earlier, Claim later) =>
        // The figure set aside often drops its unit ("57 Canadians, not 63"): its value names the earlier figure.
        later.RetractedQuantities.Any(r => earlier.Quantities.Any(q => q.Value == r.Value))
        || later.RetractedDates.Any(r => earlier.Dates.Any(d => !d.ConflictsWith(r)));

    /// <summary>
    /// Content words of the earlier claim that name, in other words, an act one of the later claim's names: "the
    /// increase" and "raising the tax", "a cut" and "lowering rates".
    /// </summary>
    private static int ActsShared(IReadOnlyList<string> termsA, IReadOnlyList<string> termsB) =>
        termsA.Count(a => !termsB.Contains(a) && termsB.Any(b => !termsA.Contains(b) && PredicateSenses.SameSense(a, b)));

    /// <summary>Content nouns of the earlier claim not shared by spelling whose WordNet sense meets one of the later claim's ("wheat"/"food").</summary>
    private static int LexicallyShared(Claim earlier, Claim later, IReadOnlyList<string> laterTerms)
    {
        var count = 0;
        foreach (var concept in earlier.Concepts)
        {
            if (laterTerms.Contains(concept.Stem)) continue;
            foreach (var other in later.Concepts)
            {
                if (other.Stem == concept.Stem || earlier.Terms.Contains(other.Stem) || !concept.Footprint.Relates(other.Footprint)) continue;
                count++;
                break;
            }
        }
        return count;
    }

    private static readonly HashSet<string> ExemptionWords = new(StringComparer.Ordinal)
    {
        "except", "exempt", "exempted", "excluding", "already", "still",
    };

    // Nouns of a carve-out count only as one ("exemptions for cargoes already loaded"), not when they name a measure ("above the exemption threshold").
    private static readonly HashSet<string> ExemptionNouns = new(StringComparer.Ordinal) { "exemption", "exemptions", "exception", "exceptions" };

    private static readonly HashSet<string> CarveOutFollowers = new(StringComparer.Ordinal)
    {
        "for", "from", "to", "of", "on", "will", "would", "is", "are", "was", "were", "apply", "applies", "remain", "remains",
    };

    // Grandfathering ("consignments registered on or before 13 May may still sail") narrows a rule's scope too.
    // Not "pending": "suspending payments pending a restructuring" says until when, not what is spared.
    private static readonly string[][] ExemptionPhrases = [["on", "or", "before"], ["prior", "to"], ["in", "transit"]];

    private static bool Exempts(Claim claim)
    {
        var words = ClaimKey.Words(claim.Text).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            // "may still sail" carves out; "with 200 citizens still in the country" says who was left behind.
            if (ExemptionWords.Contains(words[i]) && !(words[i] == "still" && i + 1 < words.Length && words[i + 1] is "in" or "there" or "at" or "inside" or "here" or "on" or "behind"))
                return true;
            if (ExemptionNouns.Contains(words[i]) && (i + 1 == words.Length || CarveOutFollowers.Contains(words[i + 1]))) return true;
            // Whole words only: "suspending" holds "pending" and exempts nothing.
            foreach (var phrase in ExemptionPhrases)
                if (i + phrase.Length <= words.Length && phrase.Select((w, k) => words[i + k] == w).All(x => x)) return true;
        }
        return false;
    }

    private static double Jaccard(IReadOnlyList<string> a, IReadOnlyList<string> b, string predicateA, string predicateB)
    {
        var setA = a.Append(predicateA).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);
        var setB = b.Append(predicateB).Where(t => t.Length > 0).ToHashSet(StringComparer.Ordinal);
        var union = setA.Union(setB).Count();
        return union == 0 ? 0 : (double)setA.Intersect(setB).Count() / union;
    }

    /// <summary>How far past a bound a figure must lie to break it, as a share of the larger: "more than 300" is not broken by 298.</summary>
    private const decimal BoundSlack = 0.05m;

    /// <summary>A pair counting the same thing with values too far apart, unless some pair of that thing agrees.</summary>
    private static (Quantity, Quantity)? Numbers(IReadOnlyList<Quantity> a, IReadOnlyList<Quantity> b)
    {
        (Quantity, Quantity)? conflict = null;
        var nearest = decimal.MaxValue;
        var agree = false;
        foreach (var qa in a)
        {
            foreach (var qb in b)
            {
                if (!QuantityReader.SameThingCounted(qa.Unit, qb.Unit)) continue;
                // "9 million more doses" is a step on top of a figure; set against a total, it says nothing of it.
                if (qa.Increment != qb.Increment) continue;
                var tolerance = qa.Approximate || qb.Approximate ? 0.15m : 0.001m;
                var scale = Math.Max(Math.Abs(qa.Value), Math.Abs(qb.Value));
                // "valued at more than $2 trillion", then "$1.7 trillion": a figure past the bound the other set is no
                // rounding of it, however near.
                var gap = scale == 0 ? 0 : Math.Abs(qa.Value - qb.Value) / scale;
                var pastBound = (qa.BoundBrokenBy(qb) || qb.BoundBrokenBy(qa)) && gap > BoundSlack;
                if (!pastBound && gap <= tolerance) agree = true;
                // Of several figures in one unit, the nearest two are the likeliest to measure one thing.
                else if (gap < nearest) (conflict, nearest) = ((qa, qb), gap);
            }
        }
        return agree ? null : conflict;
    }

    private const int ObjectHeadWords = 4;

    /// <summary>Whether the objects' first content words meet: "withdrawing the bill" / "withdraw the extradition bill".</summary>
    private static bool SameObject(Claim earlier, Claim later, string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0) return false;
        if (a.Intersect(b, StringComparer.Ordinal).Any()) return true;
        if (a.Any(h => AbbreviatesTerms(h, b)) || b.Any(h => AbbreviatesTerms(h, a))) return true;
        var conceptsA = earlier.Concepts.Where(c => a.Contains(c.Stem)).ToArray();
        return later.Concepts.Where(c => b.Contains(c.Stem)).Any(c => conceptsA.Any(x => x.Footprint.Relates(c.Footprint)));
    }

    private static string[] ObjectHead(Claim claim) =>
        // "the carriages had been buried": in the passive the thing acted on is the subject (nearest the verb last), though
        // the words after the verb may still name it ("the termination is suspended in light of …").
        claim.Passive && claim.Subject.Length > 0
            ? claim.Subject.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(ObjectHeadWords).Select(w => WordStem.Of(Demonyms.CountryWordOf(w)))
                .Concat(ActiveObjectHead(claim)).Distinct(StringComparer.Ordinal).ToArray()
            : ActiveObjectHead(claim);

    private static string[] ActiveObjectHead(Claim claim) =>
        // "Ukrainian territory" and "regions of Ukraine" are one country's land. What falls or rises is the subject:
        // "rates will keep falling" is about the rates that "raised rates" names as its object.
        // "suspended its membership of the mechanism": what is left is the mechanism.
        NamedActNoun(claim).Concat((PredicateSenses.MovesOnItsOwn(claim.Predicate) || PredicateSenses.GoesOnByItself(claim) ? claim.Subject : claim.Object)
        .Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w is "membership" or "participation")).Take(ObjectHeadWords).Select(w => WordStem.Of(Demonyms.CountryWordOf(w))).ToArray();

    /// <summary>
    /// "had been processing all withdrawals": the noun a light verb's act is named by is also what the act is done to, the
    /// thing a later "halted withdrawals" takes as object. A phrasal verb ("called off") names no such noun.
    /// </summary>
    private static IEnumerable<string> NamedActNoun(Claim claim)
    {
        var words = claim.PredicateText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 3) yield return words[^1].ToLowerInvariant();
    }

    private static bool SameFigure(IReadOnlyList<Quantity> a, IReadOnlyList<Quantity> b) =>
        a.Any(qa => b.Any(qb => QuantityReader.SameThingCounted(qa.Unit, qb.Unit) && qa.Value != 0 && Math.Abs(qa.Value - qb.Value) / Math.Max(Math.Abs(qa.Value), Math.Abs(qb.Value)) <= 0.001m));

    /// <summary>
    /// The closest pair of dates that cannot be the same time, unless some pair agrees or one side gives a span ("between
    /// May 2022 and June 2023") that holds a date of the other: a date within a range given before narrows it.
    /// </summary>
    private static (ClaimDate, ClaimDate)? Dates(Claim earlier, Claim later)
    {
        IReadOnlyList<ClaimDate> a = earlier.Dates, b = later.Dates;
        if (Spans(earlier).Any(span => b.Any(d => d.Start >= span.From && d.End <= span.To))
            || Spans(later).Any(span => a.Any(d => d.Start >= span.From && d.End <= span.To))) return null;
        (ClaimDate, ClaimDate)? conflict = null;
        var closest = int.MaxValue;
        var agree = false;
        foreach (var da in a)
        {
            foreach (var db in b)
            {
                if (!da.ConflictsWith(db))
                {
                    agree = true;
                    continue;
                }
                var distance = Math.Abs(da.Start.DayNumber - db.Start.DayNumber);
                if (distance < closest) (conflict, closest) = ((da, db), distance);
            }
        }
        return agree ? null : conflict;
    }

    /// <summary>Ranges the claim gives as two dates joined: "between May 2022 and June 2023", "2024-2026".</summary>
    private static IEnumerable<(DateOnly From, DateOnly To)> Spans(Claim claim)
    {
        for (var i = 0; i + 1 < claim.Dates.Count; i++)
        {
            var (first, second) = (claim.Dates[i], claim.Dates[i + 1]);
            if (second.End <= first.Start) continue;
            var at = claim.Text.IndexOf(first.Text, StringComparison.Ordinal);
            var next = at < 0 ? -1 : claim.Text.IndexOf(second.Text, at + first.Text.Length, StringComparison.Ordinal);
            if (next < 0) continue;
            var joint = claim.Text[(at + first.Text.Length)..next].Trim().ToLowerInvariant();
            var before = claim.Text[..at].TrimEnd().ToLowerInvariant();
            // Not "from May to June": that is as often a date moved as a span.
            var spans = joint is "-" or "\u2013"
                        || joint is "and" or "to" && (before.EndsWith("between", StringComparison.Ordinal) || before.EndsWith("between the", StringComparison.Ordinal));
            if (spans) yield return (first.Start, second.End);
        }
    }
}
