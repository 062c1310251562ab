using Monitor.Abstractions;
using Monitor.Analysis.Claims;

namespace Monitor.Analysis.Contradictions.Judges;

/// <summary>
/// The same actor says a thing and, at another time, its negation or antonym: "the embassy will reopen
/// in March" → "the embassy will stay shut"; "no plans to impose tariffs" → "tariffs take effect on
/// Monday". When the predicate is a stance verb (support, oppose, recognise …) the kind is
/// <see cref="AlertKinds.StanceReversal"/>. Hedged, declined and demanded claims take no part.
/// </summary>
public sealed partial class NegatedClaimJudge(JudgeWeights weights) : IPairJudge
{
    private static readonly HashSet<string> StanceVerbs = new(StringComparer.Ordinal)
    {
        "support", "oppos", "back", "endors", "favour", "favor", "welcom", "condemn", "recognis", "recogniz", "criticis",
        "criticiz", "prais", "denounc",
    };

    public string Kind => AlertKinds.NegatedClaim;

    public PairFinding? Judge(PairContext pair)
    {
        if (pair.Relation != PairRelation.SameActor) return null;
        PairFinding? best = null;
        foreach (var c in pair.Comparisons)
        {
            // "If permitted, we are ready to supply the world" then "exports banned": an offer on a condition, then its
            // opposite done outright; the condition leaves room, so it counts for less than a promise.
            var conditionalOffer = c.Earlier.Conditional && c.Earlier.Modality == Modality.Possibility && c.Later.Modality == Modality.Fact && c.Opposed;
            // "No oil appeared to be leaking", then "oil is pouring from the well": what was seen, said with "appeared",
            // is an account all the same, overturned by the fact; it weighs as little as a conditional offer.
            var seemed = c.Earlier.Modality == Modality.Possibility && c.Later.Modality == Modality.Fact && c.Opposed && Evidential(c.Earlier.Text);
            // "Will not delay the increase again", then "possibly delaying the increase": an act ruled out is back on the
            // table; held open is not done, so it weighs as little as a conditional offer.
            var reopened = c.Earlier.Modality == Modality.Commitment && c.Earlier.Polarity == Polarity.Negative
                           && c.Later.Modality == Modality.Possibility && c.Later.Polarity == Polarity.Positive && !c.Later.Conditional
                           && (c.SamePredicate || c.SameSense);
            if (!Firm(c.Earlier) && !conditionalOffer && !seemed || !Firm(c.Later) && !reopened) continue;
            var weaklyOpposed = !c.PredicatesRelated && c.Earlier.Polarity != c.Later.Polarity && c.Similarity >= 0.8 && c.TermOverlap >= 0.5
                                && !PredicateSenses.RefusalAgrees(c.Earlier, c.Later);
            if (!c.Opposed && !weaklyOpposed && !DeniedThenSaid(pair, c)) continue;
            if (NegatesOnlyTheTime(pair, c) || RulesOutADelayOf(c) || LevelMovedAgain(c) || HaltLifted(c) || RulesOutARepeat(c) || TellsAnEarlierTime(pair, c) || ActUndone(c) || EndCameAsSet(pair, c)) continue;
            var evidence = OppositionEvidence.Of(c, weaklyOpposed, conditionalOffer || seemed || reopened, OfficeHolder.Same(pair, c));
            var score = weights.Score(evidence);
            if (best is not null && best.Score >= score) continue;
            var stance = reopened || StanceVerbs.Contains(c.Earlier.Predicate) || StanceVerbs.Contains(c.Later.Predicate);
            // A turn on a stance verb ("never recognise" → "recognise") is a stance reversal first.
            var broken = !stance && IsBrokenDenial(pair, c);
            var kind = broken ? AlertKinds.BrokenDenial : stance ? AlertKinds.StanceReversal : AlertKinds.NegatedClaim;
            var turn = pair.Later.Denies ? "denied it" : stance ? "turned around" : "said the opposite";
            var headline = broken || reopened
                ? $"{ExplanationWriter.Who(pair.Later.Statement)} ruled it out, then {(reopened ? "held it open" : "did it")}"
                : $"{ExplanationWriter.Who(pair.Later.Statement)} said it, then {turn}";
            best = new PairFinding(kind, score, ExplanationWriter.Write(headline, pair, c.Earlier.Cue, c.Later.Cue), c, evidence);
        }
        return best;
    }

    /// <summary>
    /// "Denied that its forces had broken up the sit-in", then "acknowledged it had decided to break up the sit-in": the
    /// denial is the statement's, not its claim's, so the two claims read alike; one side denying what the other asserts,
    /// on the same act and the same thing, is the turn.
    /// </summary>
    private static bool DeniedThenSaid(PairContext pair, ClaimComparison c) =>
        pair.Earlier.Denies != pair.Later.Denies && c.Earlier.Polarity == Polarity.Positive && c.Later.Polarity == Polarity.Positive
        && (c.SamePredicate || c.SameSense) && c.SharedTerms >= 2 && !c.DifferentNames;

    /// <summary>
    /// "Prices fell last week", then "prices rose on Monday": a level moving one way and then the other is news over
    /// time. Only a direction promised or foreseen ("rates will keep coming down") is broken by the opposite move.
    /// </summary>
    private static bool LevelMovedAgain(ClaimComparison c)
    {
        if (!c.OppositePredicate || !PredicateSenses.MovesOnItsOwn(c.Earlier.Predicate) && !PredicateSenses.MovesOnItsOwn(c.Later.Predicate)) return false;
        return !Foreseen(c.Earlier);
    }

    /// <summary>A claim about what will be or go on being ("rates will keep coming down"), whatever tense its other clauses take.</summary>
    private static bool Foreseen(Claim claim) =>
        claim.Modality == Modality.Commitment || Text.ClaimKey.Words(claim.Text).Any(w => w is "will" or "would" or "keep" or "continue" or "shall");

    /// <summary>
    /// "Imposed sanctions", then "lifted the sanctions"; "sent troops", then "withdrew them": two acts done, one
    /// undoing the other, are both true and tell a change of course, not a claim taken back. What was said to stand
    /// or ruled out, and then undone, still is one, and so are two accounts of one conduct ("followed the rules",
    /// "breached them").
    /// </summary>
    private static bool ActUndone(ClaimComparison c) =>
        c.OppositePredicate && c.Earlier.Modality == Modality.Fact && c.Later.Modality == Modality.Fact && !Foreseen(c.Earlier)
        && !PredicateSenses.DescribesConduct(c.Earlier.Predicate) && !PredicateSenses.DescribesConduct(c.Later.Predicate)
        && c.Earlier.Polarity == Polarity.Positive && c.Later.Polarity == Polarity.Positive;

    private static readonly string[] BoundWords = ["until", "till", "through", "up to"];

    /// <summary>
    /// "Will give a free case to every buyer until Sept. 30", then "stopped giving away free cases" on Sept. 30: an act
    /// promised up to a date and ended when that date came is the promise kept. Ended before it, the promise is broken.
    /// </summary>
    private static bool EndCameAsSet(PairContext pair, ClaimComparison c)
    {
        if (c.Earlier.Polarity != Polarity.Positive || c.Earlier.Modality is not (Modality.Commitment or Modality.Fact)) return false;
        var ends = c.Earlier.Dates.Where(d => BoundedBy(c.Earlier.Text, d)).Select(d => d.Start).ToArray();
        if (ends.Length == 0) return false;
        var ended = c.Later.Dates.Count > 0
            ? c.Later.Dates.Max(d => d.Start)
            : DateOnly.FromDateTime(pair.Later.Statement.SaidAt.UtcDateTime);
        return ended >= ends.Max();
    }

    /// <summary>Whether the date is the end of what the claim says ("until Sept. 30", "through June").</summary>
    private static bool BoundedBy(string text, ClaimDate date)
    {
        if (BoundWords.Any(w => date.Text.StartsWith(w + " ", StringComparison.OrdinalIgnoreCase))) return true;
        var at = text.IndexOf(date.Text, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return false;
        var before = text[..at].TrimEnd();
        return BoundWords.Any(w => before.EndsWith(" " + w, StringComparison.OrdinalIgnoreCase) || before.Equals(w, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// "Put off the increase", then "will not put it off again": the later rules out doing the act once more, so it
    /// takes the act already done as given rather than denying it.
    /// </summary>
    private static bool RulesOutARepeat(ClaimComparison c) =>
        c.Earlier.Polarity == Polarity.Positive && c.Earlier.Modality == Modality.Fact && c.Later.Polarity == Polarity.Negative
        && (Text.ClaimKey.Words(c.Later.Text).Any(w => w == "again") || NoMoreOf(c.Later.Text));

    /// <summary>
    /// "Opened a new inquiry on Wednesday", then "regretted his 2009 decision not to reopen the inquiry": the later
    /// claim tells of a time wholly before the one the earlier claim names, so it is history, not a denial of it.
    /// Only a claim with a date of its own is placed; an undated denial ("never paid any bribe") covers every time.
    /// </summary>
    private static bool TellsAnEarlierTime(PairContext pair, ClaimComparison c)
    {
        // Only an act the earlier claim tells as done at its dates; a plan's dates lie ahead of anything said since.
        var saidOn = DateOnly.FromDateTime(pair.Earlier.Statement.SaidAt.UtcDateTime);
        if (c.Earlier.Modality != Modality.Fact || c.Earlier.Dates.Count == 0 || c.Earlier.Dates.Any(d => d.Start > saidOn)) return false;
        // Every date the later claim names counts, "on Friday" too: the act it tells may be new, whatever it recalls.
        var ends = c.Later.Dates.Select(d => d.End)
            .Concat(YearOfAThing().Matches(c.Later.Text).Select(m => new ClaimDate(new DateOnly(int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture), 1, 1), DatePrecision.Year, m.Value).End))
            .ToList();
        return ends.Count > 0 && ends.All(end => end < c.Earlier.Dates.Min(e => e.Start));
    }

    /// <summary>A year that dates a thing: "his 2009 decision", "the 2010 raid", "Israel's 2010 raid".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\b(?:his|her|its|their|our|the)|'s)\s+(?<year>(?:19|20)\d{2})\s+\p{Ll}",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex YearOfAThing();

    /// <summary>"ordered that no further arms be sent", "no more shipments": what was done stops; it is not denied.</summary>
    private static bool NoMoreOf(string text)
    {
        var words = Text.ClaimKey.Words(text).ToArray();
        for (var i = 0; i + 1 < words.Length; i++)
            if (words[i] == "no" && words[i + 1] is "further" or "more" or "additional" or "new") return true;
        return false;
    }

    /// <summary>"appeared to", "seemed to", "appears to": a hedge on what was seen, not on what will be done.</summary>
    private static bool Evidential(string text)
    {
        var words = Text.ClaimKey.Words(text).ToArray();
        for (var i = 0; i + 1 < words.Length; i++)
            if (words[i] is "appeared" or "appears" or "seemed" or "seems" && words[i + 1] == "to") return true;
        return false;
    }

    // Predicates are stems, so the sets are too.
    private static readonly HashSet<string> Halts = new[] { "stop", "halt", "suspend", "pause", "freeze", "close", "shut" }.Select(Text.WordStem.Of).ToHashSet(StringComparer.Ordinal);
    private static readonly HashSet<string> Resumptions = new[] { "resume", "restart", "reopen", "restore" }.Select(Text.WordStem.Of).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// "Will stop selling the phone and replace every one sold", then "will resume sales on the 28th": a halt that
    /// ends is the halt's course, not its reversal, unless it was said to be final ("for good", "permanently").
    /// A resumption promised and then a halt is still a turn.
    /// </summary>
    private static bool HaltLifted(ClaimComparison c)
    {
        if (c.Earlier.Polarity != Polarity.Positive || c.Later.Polarity != Polarity.Positive) return false;
        if (!Halts.Contains(c.Earlier.Predicate) || !Resumptions.Contains(c.Later.Predicate)) return false;
        var words = Text.ClaimKey.Words(c.Earlier.Text).ToArray();
        var final = words.Any(w => w is "permanently" or "forever" or "never" or "indefinitely")
                    || words.Zip(words.Skip(1)).Any(p => p.First == "for" && p.Second == "good");
        return !final;
    }

    /// <summary>
    /// "Will be published on 14 June" and "will not be postponed": the negation falls on a delay of the act, so the
    /// two agree; so does "would rather resign than ask for a delay".
    /// </summary>
    private static bool RulesOutADelayOf(ClaimComparison c)
    {
        var (negative, positive) = c.Earlier.Polarity == Polarity.Negative ? (c.Earlier, c.Later) : (c.Later, c.Earlier);
        return DateDropWords.OnlyRulesOut(negative.Text) && DateDropWords.Asserted(positive.Text) is null
            && !DateDropWords.OnlyRulesOut(positive.Text);
    }

    /// <summary>
    /// "Will not leave as planned on 29 March" then "will leave on 31 October": a negation tied to a date still to come
    /// denies the act at that time, not the act, so the same act at another time is a date moved, the date judges'
    /// to weigh. A date already past when said ("no reason to ground the jets after Sunday's crash") dates something
    /// else and leaves the negation whole, as does a bare weekday, whose side of the day is a guess.
    /// </summary>
    private static bool NegatesOnlyTheTime(PairContext pair, ClaimComparison c)
    {
        if (c.DateConflict is null || c.Earlier.Polarity == c.Later.Polarity) return false;
        var (negative, said) = c.Earlier.Polarity == Polarity.Negative
            ? (c.Earlier, pair.Earlier.Statement.SaidAt)
            : (c.Later, pair.Later.Statement.SaidAt);
        var day = DateOnly.FromDateTime(said.UtcDateTime);
        // Only a date written out ("29 March", "2025"): a bare weekday is resolved by a guess at the tense.
        return negative.Dates.Any(d => d.Start > day && d.Text.Any(char.IsDigit));
    }

    /// <summary>
    /// A denial or a ruled-out act ("no move to curb exports", "not something we are considering", "all rules were
    /// followed") followed by the act or an admission of it, said as done.
    /// </summary>
    private static bool IsBrokenDenial(PairContext pair, ClaimComparison c)
    {
        // Read as written: "no move to curb exports" denies a curb, and "banned exports" is that curb done.
        var denied = pair.Earlier.Denies || pair.Earlier.Statement.Mode == StatementMode.Deny || c.Earlier.Modality == Modality.Commitment;
        // "Denied that its forces broke up the sit-in" denies the act in the statement's mode, the claim read as written.
        var deniedAsWritten = c.Earlier.Polarity == Polarity.Negative || pair.Earlier.Denies && DeniedThenSaid(pair, c);
        return denied && deniedAsWritten
               && c.Later.Modality == Modality.Fact && c.Later.Polarity == Polarity.Positive && !pair.Later.Denies;
    }

    private static bool Firm(Claim claim) => claim.Modality is Modality.Fact or Modality.Commitment;
}
