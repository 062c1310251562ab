using Monitor.Analysis.Claims;

namespace Monitor.Analysis.Contradictions;

/// <summary>
/// When two claims' predicates mean the same act in other words ("recommend"/"advise", "curb"/"restrict",
/// "raise"/"increase", "follow"/"observe"), and how a restricting act reads as the negation of the act it
/// restricts ("banned wheat exports" says wheat is not exported; "no move to curb exports" says it is).
/// Commitments and their reversals rarely reuse the same verb, so comparing verbs by stem alone misses them.
/// </summary>
public static class PredicateSenses
{
    // Each row is one sense, as stems; written for the language of policy, economics and diplomacy.
    private static readonly string[][] Senses =
    [
        ["recommend", "advise", "urge", "encourage", "advocate", "counsel"],
        ["raise", "increase", "hike", "boost", "rise"],
        ["cut", "lower", "reduce", "decrease", "trim", "slash"],
        ["supply", "export", "ship", "deliver", "provide", "sell"],
        ["follow", "observe", "obey", "comply", "abide", "respect", "adhere", "honour", "honor"],
        ["ban", "prohibit", "forbid", "bar", "curb", "restrict", "block", "outlaw", "embargo", "ground"],
        ["adopt", "introduce", "implement", "enact", "approve"],
        ["hit", "strike", "shoot"],
        ["occupy", "annex", "seize", "capture", "invade"],
        ["ask", "request", "seek"],
        ["end", "halt", "stop", "suspend", "terminate", "cease"],
        ["stay", "remain"],
        ["leave", "withdraw", "exit", "quit", "depart", "resign", "walk away", "step down", "stand down", "step aside", "stand aside"],
        // Going into a place: "troops had crossed into the region", "entered the region".
        ["enter", "cross"],
        ["pay", "repay"],
        // Taking a company: "agreed to buy", "the purchase of", "the acquisitions".
        ["buy", "purchase", "acquire", "take over"],
        // A substance getting out: "oil was leaking", "crude escaping", "oil is pouring from the well".
        ["leak", "escape", "pour", "gush", "spill", "seep", "flow"],
        ["loosen", "relax", "ease"],
        ["tighten", "toughen"],
        // Evidence for a thing, said or denied: "the blasts indicated the presence of explosives" / "no sign of explosives".
        ["sign", "evidence", "indicate", "trace", "proof"],
        // Holding a thing as one's own: "continued to possess weapons" / "did not have the weapons".
        ["possess", "have", "own"],
    ];

    /// <summary>
    /// Whether WordNet 3.0 makes the two predicates one act: they share a verb sense, or one's sense lies a step
    /// or two above the other's ("raise" is a kind of "increase", "recommend" of "advise"). Worked out from
    /// footprints computed once per claim, so a pair costs two set intersections.
    /// </summary>
    public static bool SameSenseInWordNet(Claim a, Claim b) => a.PredicateConcept.Relates(b.PredicateConcept);

    /// <summary>Verbs that say a plan goes on: "the offer would proceed", "the listing will continue as planned".</summary>
    private static readonly string[] GoingOn = ["proceed", "continue", "go ahead"];

    // Each row: acts on one side | acts that undo them. Kept apart from the general antonym list, which the
    // sentence-relation model reads too.
    private static readonly string[][] OppositeSenses =
    [
        ["maintain", "uphold", "adhere", "tighten", "toughen", "enforce", "persist", "defend", "sustain"],
        ["relax", "loosen", "ease", "abandon", "scrap", "dismantle", "lift", "discontinue"],
        ["follow", "observe", "obey", "comply", "abide", "respect", "honour", "honor"],
        ["breach", "violate", "break", "flout", "ignore"],
        ["stay", "remain"],
        ["leave", "withdraw", "depart", "exit", "quit", "resign", "step down", "stand down", "step aside", "stand aside"],
        // A plan carried on with / a plan given up or halted: "the offer would continue as scheduled" / "called off the offer".
        GoingOn,
        ["cancel", "call off", "abandon", "scrap", "shelve", "drop", "axe", "halt", "suspend"],
    ];

    private static readonly HashSet<(string, string)> Opposites = BuildOpposites();

    private static readonly HashSet<string> Levels = Stems("fall", "rise", "decline", "climb", "soar", "plunge", "tumble", "sink", "shrink", "grow");

    /// <summary>Whether the verb says a level moved by itself ("rates fell", "prices rose"): its subject is what moved.</summary>
    public static bool MovesOnItsOwn(string stem) => Levels.Contains(stem);

    /// <summary>Whether the act stops or restricts what it takes as object ("suspended the bill", "halted the talks").</summary>
    public static bool IsRestricting(string stem) => Restricting.Contains(stem);

    private static readonly HashSet<string> Proceeding = Stems(GoingOn);

    /// <summary>
    /// Whether the verb, with no object, says a plan goes on ("the offer would proceed", "the listing will continue"):
    /// its subject is the plan, the thing a later "called off the offer" takes as object.
    /// </summary>
    public static bool GoesOnByItself(Claim claim) => claim.Object.Length == 0 && Proceeding.Contains(claim.Predicate);

    private static readonly HashSet<string> Conduct = Stems("follow", "observe", "obey", "comply", "abide", "respect", "honour", "honor", "breach", "violate", "flout", "ignore");

    /// <summary>
    /// Whether the verb describes how something was done rather than a step taken ("followed the rules", "breached
    /// them"): two such accounts of one conduct disagree, where two steps ("imposed", then "lifted") follow each other.
    /// </summary>
    public static bool DescribesConduct(string stem) => Conduct.Contains(stem);

    /// <summary>Whether one act undoes the other: "adhere to the policy" / "loosen the rules", "follow the rules" / "breach them".</summary>
    public static bool OppositeSense(string stemA, string stemB) => Opposites.Contains((stemA, stemB));

    private static HashSet<(string, string)> BuildOpposites()
    {
        var pairs = new HashSet<(string, string)>();
        for (var row = 0; row + 1 < OppositeSenses.Length; row += 2)
        {
            foreach (var a in OppositeSenses[row].Select(PredicateLexicon.StemOf))
            {
                foreach (var b in OppositeSenses[row + 1].Select(PredicateLexicon.StemOf))
                {
                    pairs.Add((a, b));
                    pairs.Add((b, a));
                }
            }
        }
        return pairs;
    }

    private static readonly HashSet<string> Requests = Stems("ask", "request", "seek");

    /// <summary>Nouns of evidence: "no evidence that", "no sign of", "traces of".</summary>
    private static readonly HashSet<string> EvidenceNouns = Stems("evidence", "sign", "signs", "trace", "traces", "proof", "indication", "indications");

    /// <summary>Acts whose assertion denies the act they take as object: "banned exports" → not exported.</summary>
    private static readonly HashSet<string> Restricting = Stems(
        "ban", "prohibit", "forbid", "bar", "curb", "restrict", "block", "outlaw", "embargo", "halt", "stop", "suspend", "freeze", "ground", "cancel", "postpone", "discontinue");

    /// <summary>Acts that give up an effort or a plan: "gave up its attempt to", "dropped its plan to", "abandoned its bid to".</summary>
    private static readonly HashSet<string> EffortEnding = Stems("give up", "abandon", "drop", "scrap", "shelve", "call off", "cancel", "end", "halt", "suspend", "withdraw");

    /// <summary>Nouns for an effort or plan whose infinitive names the act: "attempt to fix", "plan to take", "bid to buy".</summary>
    private static readonly HashSet<string> EffortNouns = new(StringComparer.Ordinal)
    {
        "attempt", "attempts", "effort", "efforts", "bid", "plan", "plans", "push", "drive", "proposal", "offer", "pledge", "promise",
    };

    private static bool NegatesByItself(Claim claim) =>
        claim.PredicateText.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var verb] && ClaimLexicon.NegatingVerbs.Contains(verb.ToLowerInvariant());

    /// <summary>The act a word names as a verb, as a predicate stem; null when it is no verb.</summary>
    private static string? ActOf(string word) =>
        PredicateLexicon.IsPredicate(word) ? PredicateLexicon.StemOf(word)
        : Lexical.WordNetLexicon.Shared.BaseForms(word, Lexical.PartOfSpeech.Verb).Count > 0 ? PredicateLexicon.StemOf(word) : null;

    /// <summary>Acts that end a membership when done to one: "suspended its membership", "gave up its participation".</summary>
    private static readonly HashSet<string> MembershipEnding = Stems("suspend", "end", "terminate", "halt", "freeze", "renounce", "relinquish", "give up", "abandon");

    private static readonly Dictionary<string, int> SenseOf = BuildSenses();

    /// <summary>
    /// One key per act a claim asserts or denies, shared by the verbs of one sense ("recommend" and "advise" file
    /// under one key), so a reversal in other words is found by lookup. Empty when the claim has no predicate.
    /// </summary>
    public static IEnumerable<string> ActKeys(Claim claim)
    {
        if (claim.Predicate.Length == 0 || claim.Predicate == "occur") yield break;
        yield return KeyOf(claim.Predicate);
        // "meet its obligations" is read as paying; filed under the verb as written too, it meets "would meet its responsibilities".
        if (WrittenVerb(claim) is { } verb && verb != claim.Predicate) yield return KeyOf(verb);
        if (ComparedAct(claim) is { } compared) yield return KeyOf(compared.Predicate);
    }

    /// <summary>The stem of the predicate's one word as written ("meet"), whatever act its object made of it; null for none or several.</summary>
    public static string? WrittenVerb(Claim claim) =>
        claim.PredicateText.Length == 0 || claim.PredicateText.Contains(' ', StringComparison.Ordinal)
            ? null
            : PredicateLexicon.StemOf(claim.PredicateText.ToLowerInvariant());

    private static string KeyOf(string stem) => SenseOf.TryGetValue(stem, out var sense) ? PredicateLexicon.StemOf(Senses[sense][0]) : stem;

    /// <summary>Whether two predicate stems name one act in other words (not the same stem: that is plain sameness).</summary>
    public static bool SameSense(string stemA, string stemB) =>
        stemA.Length > 0 && stemB.Length > 0 && stemA != stemB
        && SenseOf.TryGetValue(stemA, out var a) && SenseOf.TryGetValue(stemB, out var b) && a == b;

    /// <summary>
    /// The act a claim asserts or denies once a restricting verb is read as negation: "prohibited wheat exports"
    /// → (export, negative); "no move to curb exports" → (export, positive). Evidence said or denied stands for
    /// the act it would show: "no sign that the lorry had been holding explosives" → (hold, negative). Null when
    /// the claim restricts nothing and shows nothing.
    /// </summary>
    public static (string Predicate, Polarity Polarity)? Restricted(Claim claim)
    {
        var words = claim.Object.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "gave up its attempt to fix the krona", "dropped its plan to take a stake": the act tried or planned is not done.
        // A verb that negates by itself ("abandoned") has already made the claim negative; "gave up" has not.
        if (EffortEnding.Contains(claim.Predicate) && words.Length > 1 && EffortNouns.Contains(words[0]) && ActOf(words[1]) is { } tried)
            return (tried, NegatesByItself(claim) ? claim.Polarity : claim.Polarity == Polarity.Positive ? Polarity.Negative : Polarity.Positive);
        // "called off its planned purchase of two companies", "abandoned the acquisitions": the act the deal names is not done.
        if (EffortEnding.Contains(claim.Predicate) && DealActOf(claim) is { } dropped)
            return (dropped, NegatesByItself(claim) ? claim.Polarity : claim.Polarity == Polarity.Positive ? Polarity.Negative : Polarity.Positive);
        // "suspended its membership of the mechanism", "ended its participation in the pact": to leave it.
        if (MembershipEnding.Contains(claim.Predicate) && words.Length > 0 && words[0] is "membership" or "participation")
            return (PredicateLexicon.StemOf("leave"), claim.Polarity);
        if (EvidenceNouns.Contains(claim.Predicate))
        {
            foreach (var word in words.Take(4))
            {
                if (!PredicateLexicon.IsPredicate(word) || word.Length < 4) continue;
                var shown = PredicateLexicon.StemOf(word);
                return Restricting.Contains(shown) ? null : (shown, claim.Polarity);
            }
            return null;
        }
        if (!Restricting.Contains(claim.Predicate))
        {
            // "asked the union to postpone its departure": seeking to stop one's own act is not to do it, as its
            // stopping would be; the addressee comes first, so the restricting verb may stand a few words in.
            if (!Requests.Contains(claim.Predicate)) return null;
            var at = Array.FindIndex(words, 0, Math.Min(words.Length, 5), w => Restricting.Contains(PredicateLexicon.StemOf(w)));
            if (at < 0) return null;
            words = words[(at + 1)..];
        }
        foreach (var word in words.Take(3))
        {
            // "suspending payments on its debt" stops paying, as "banned exports" stops exporting.
            var verb = PredicateLexicon.IsPredicate(word) ? word : Lexical.WordNetLexicon.Shared.ActNamedBy(word);
            if (verb is null) continue;
            var act = PredicateLexicon.StemOf(verb);
            if (Restricting.Contains(act)) continue;
            return (act, claim.Polarity == Polarity.Positive ? Polarity.Negative : Polarity.Positive);
        }
        return null;
    }

    /// <summary>
    /// The act compared in place of the predicate, when the claim restricts one ("banned exports" → not exported) or takes
    /// one for granted ("withdrawing its troops from Tigray" → they went in); null for neither.
    /// </summary>
    public static (string Predicate, Polarity Polarity)? ComparedAct(Claim claim) => Restricted(claim) ?? Approved(claim) ?? Presupposed(claim);

    /// <summary>Nouns for a deal that name its act as itself: "the purchase", "the takeover", "a buyout".</summary>
    private static readonly Dictionary<string, string> DealNouns = new(StringComparer.Ordinal)
    {
        ["purchase"] = "purchase", ["purchases"] = "purchase", ["takeover"] = "take over", ["takeovers"] = "take over",
        ["buyout"] = "buy", ["buyouts"] = "buy",
    };

    /// <summary>Acts by which a company changes hands.</summary>
    private static readonly HashSet<string> DealActs = Stems("buy", "purchase", "acquire", "take over", "sell", "merge");

    /// <summary>The act a deal's noun or gerund names ("acquisitions" → acquire, "buying" → buy), as a stem; null for none.</summary>
    private static string? NamedDeal(string word)
    {
        if (DealNouns.TryGetValue(word, out var act)) return PredicateLexicon.StemOf(act);
        var verb = word.EndsWith("ing", StringComparison.Ordinal) && PredicateLexicon.IsPredicate(word) ? word
            : word.Length > 5 ? Lexical.WordNetLexicon.Shared.ActNamedBy(word) : null;
        return verb is not null && DealActs.Contains(PredicateLexicon.StemOf(verb)) ? PredicateLexicon.StemOf(verb) : null;
    }

    /// <summary>Whether the act compared for the claim is one a deal's noun or gerund names ("called off the purchase", "approved buying").</summary>
    public static bool NamesADeal(Claim claim) => DealActOf(claim) is not null;

    /// <summary>
    /// The deal a claim calls off or approves, as the act its object opens with ("called off its planned purchase" → purchase);
    /// null when the claim does neither or its object names no deal.
    /// </summary>
    private static string? DealActOf(Claim claim)
    {
        if (!EffortEnding.Contains(claim.Predicate) && !Approving.Contains(claim.Predicate) && !Completing.Contains(claim.Predicate)) return null;
        var space = claim.Object.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? claim.Object : claim.Object[..space];
        return first.Length == 0 ? null : NamedDeal(first);
    }

    private static readonly HashSet<string> Approving = Stems("approve", "authorise", "authorize", "endorse", "sanction", "back", "clear");

    /// <summary>
    /// "Its board had approved buying two companies", "cleared the acquisition": approving an act says it is to be done, so the
    /// act is compared, as a later "called off the purchase" does not do it.
    /// </summary>
    private static (string Predicate, Polarity Polarity)? Approved(Claim claim) =>
        (Approving.Contains(claim.Predicate) || Completing.Contains(claim.Predicate)) && DealActOf(claim) is { } act ? (act, claim.Polarity) : null;

    /// <summary>"Completed its takeover of the airline", "finalised the purchase": a deal completed is the act it names, done.</summary>
    private static readonly HashSet<string> Completing = Stems("complete", "finalise", "finalize");

    private static readonly HashSet<string> Withdrawing = Stems("withdraw", "pull out", "leave");

    private static readonly string Keep = PredicateLexicon.StemOf("keep");

    private static readonly string Leave = PredicateLexicon.StemOf("leave");

    /// <summary>
    /// The act a claim takes for granted: withdrawing troops from a place says they had gone in ("agreed to start
    /// withdrawing its troops from the region" → entered, positive), which an earlier "none of our soldiers crossed the
    /// border" denied. Null when the claim presupposes nothing.
    /// </summary>
    private static (string Predicate, Polarity Polarity)? Presupposed(Claim claim)
    {
        var words = Text.ClaimKey.Words(claim.Text).ToArray();
        // "would keep sterling in the mechanism": it stays there.
        if (claim.Predicate == Keep && Array.FindIndex(words, w => w is "keep" or "keeps" or "kept") is var keep and >= 0 && Claims.ClaimExtractor.KeptIn(words, keep))
            return (PredicateLexicon.StemOf("stay"), claim.Polarity);
        // "gave up the office of president": the office holder leaves.
        if (claim.Predicate != Leave && Judges.OfficeHolder.LeavesAnOffice(claim)) return (Leave, claim.Polarity);
        if (claim.Polarity != Polarity.Positive || !Withdrawing.Contains(claim.Predicate)) return null;
        var from = Array.IndexOf(words, "from");
        return from > 0 && words.Take(from).Any(w => w is "troops" or "forces" or "soldiers" or "personnel" or "units")
            ? (PredicateLexicon.StemOf("enter"), Polarity.Positive)
            : null;
    }

    /// <summary>Acts that are done by reaching an outcome that names them: a deal is negotiated, as a meeting is talked at.</summary>
    private static readonly HashSet<string> Negotiating = Stems("negotiate", "bargain", "talk", "discuss");

    private static readonly HashSet<string> Refusing = Stems("refuse", "reject", "decline", "turn down", "rebuff", "spurn", "snub");

    /// <summary>Whether the claim affirms a refusal ("turned down a request"), which says the act asked for was not done.</summary>
    public static bool Refuses(Claim claim) => claim.Polarity == Polarity.Positive && Refusing.Contains(claim.Predicate);

    /// <summary>
    /// "Would no longer respond to the requests", then "turned down a request": a refusal on one side and a negation on the
    /// other say the same act was not done ("will not reject it", then "rejected it", shares the refusal and still turns).
    /// </summary>
    public static bool RefusalAgrees(Claim earlier, Claim later) =>
        earlier.Predicate != later.Predicate
        && (Refuses(later) && earlier.Polarity == Polarity.Negative || Refuses(earlier) && later.Polarity == Polarity.Negative);

    /// <summary>Words that say an agreement was reached, which only negotiating reaches.</summary>
    private static readonly HashSet<string> AgreementWords = new(StringComparer.Ordinal)
    {
        "agreement", "agreed", "agrees", "deal", "accord", "compromise", "negotiated",
    };

    /// <summary>
    /// "Will not negotiate over the ceiling" then "reached an agreement to suspend the ceiling": the agreement, done,
    /// is the negotiation refused, whatever act the agreement itself then names.
    /// </summary>
    public static bool RefusedActReached(Claim earlier, Claim later) =>
        earlier.Polarity == Polarity.Negative && Negotiating.Contains(earlier.Predicate)
        && later.Polarity == Polarity.Positive && later.Modality is Modality.Fact or Modality.Commitment
        && Text.ClaimKey.Words(later.Text).Any(AgreementWords.Contains);

    private static HashSet<string> Stems(params string[] words) => words.Select(PredicateLexicon.StemOf).ToHashSet(StringComparer.Ordinal);

    private static Dictionary<string, int> BuildSenses()
    {
        var senses = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Senses.Length; i++)
            foreach (var word in Senses[i]) senses.TryAdd(PredicateLexicon.StemOf(word), i);
        return senses;
    }
}
