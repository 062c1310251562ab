using Monitor.Analysis.Claims;
using Monitor.Analysis.Text;

namespace Monitor.Analysis.Contradictions.Judges;

/// <summary>Whether a claim says a thing is in good shape or failing.</summary>
public enum Soundness
{
    Sound,
    Failing,
}

/// <summary>
/// What a claim says of the shape a thing is in: "liquidity and capital remain strong" and "we don't see any pressure on
/// our liquidity" say liquidity is sound; "our liquidity position had significantly deteriorated", "a shortfall of cash"
/// and "filed for bankruptcy" say it, or the firm, is failing. The thing is what the condition word is said of: the
/// claim's subject for a state word ("capital remains strong"), the noun a trouble word names ("a liquidity crisis",
/// "pressure on our liquidity"), else the subject.
/// </summary>
public static class ConditionReader
{
    /// <summary>Adjectives that vouch for a thing, as written ("sounded" is no assurance).</summary>
    private static readonly HashSet<string> SoundStates = new(StringComparer.Ordinal)
    {
        "strong", "sound", "solid", "healthy", "robust", "stable", "fine", "safe", "secure", "resilient", "intact", "adequate", "ample",
    };

    /// <summary>Words that say a thing is failing, as a state or a turn for the worse.</summary>
    private static readonly HashSet<string> FailingStates = new(StringComparer.Ordinal)
    {
        "deteriorated", "deteriorating", "deteriorates", "deteriorate", "weakened", "weakening", "weakens", "weaken", "worsened",
        "worsening", "worsens", "worsen", "grave", "dire", "insolvent", "bankrupt", "collapsed", "collapsing", "collapses",
    };

    /// <summary>Nouns of trouble that name what is in trouble beside them: "a liquidity crisis", "pressure on our liquidity".</summary>
    private static readonly HashSet<string> TroubleNouns = new(StringComparer.Ordinal)
    {
        "pressure", "pressures", "strain", "strains", "crisis", "shortfall", "shortage", "shortages", "bankruptcy", "insolvency",
        "collapse", "distress", "rescue", "bailout",
    };

    /// <summary>Verbs with their particle that prop up what is failing: "to shore up its liquidity".</summary>
    private static readonly HashSet<string> Propping = new(StringComparer.Ordinal) { "shore", "prop", "bail" };

    /// <summary>Failures that end the thing rather than weaken it.</summary>
    private static readonly HashSet<string> Terminal = new(StringComparer.Ordinal)
    {
        "bankrupt", "bankruptcy", "insolvent", "insolvency", "collapsed", "collapse",
    };

    /// <summary>Whether the failing word ends the thing ("bankruptcy", "collapsed") rather than weakening it.</summary>
    public static bool IsTerminal(string word) => Terminal.Contains(word);

    private static readonly HashSet<string> Linking = new(StringComparer.Ordinal) { "on", "in", "of", "at", "to" };

    /// <summary>Stands in the thing for the speaking actor itself: "filed for bankruptcy" said by a firm, "we are fine".</summary>
    public const string Self = "@self";

    /// <summary>
    /// As <see cref="Read(Claim)"/>, with the speaking actor itself in the thing when the statement names it as a subject:
    /// "FTX is fine" said by FTX is said of the speaker, as "filed for bankruptcy" is.
    /// </summary>
    public static (Soundness Soundness, IReadOnlySet<string> Thing, string Word)? Read(Claim claim, AnalyzedStatement statement)
    {
        if (Read(claim) is not { } reading) return null;
        if (statement.Statement.Actor is not { } actor || !statement.SubjectActors.Contains(actor, StringComparer.OrdinalIgnoreCase)) return reading;
        return (reading.Soundness, reading.Thing.Append(Self).ToHashSet(StringComparer.Ordinal), reading.Word);
    }

    /// <summary>The shape the claim says its thing is in, and the thing as stems; null when it says neither.</summary>
    public static (Soundness Soundness, IReadOnlySet<string> Thing, string Word)? Read(Claim claim)
    {
        var words = ClaimKey.Words(claim.Text).ToArray();
        var terms = claim.Terms.ToHashSet(StringComparer.Ordinal);
        var subject = Content(ClaimKey.Words(claim.Subject), terms);
        // A claim with no subject of its own ("filed for bankruptcy", "we are fine") speaks of the speaker.
        if (subject.Count == 0) subject.Add(Self);
        var predicate = claim.PredicateText.ToLowerInvariant();
        // "remain strong", "had not weakened": the state word is the predicate, said of the subject.
        if (SoundStates.Contains(predicate) || FailingStates.Contains(predicate))
        {
            // "the bank had strong capital and liquidity ratios": after "had" the state word qualifies what follows it.
            var at = Array.IndexOf(words, predicate);
            // Not "has worsened": there "has" makes the perfect of the verb, said of the subject.
            var adjective = !predicate.EndsWith("ed", StringComparison.Ordinal) && !predicate.EndsWith("ing", StringComparison.Ordinal);
            var held = adjective && at > 0 && words[at - 1] is "has" or "have" or "had";
            var thing = held ? Content(ClaimKey.Words(claim.Object), terms) : subject;
            return (Turn(FailingStates.Contains(predicate), claim), thing.Count > 0 ? thing : subject, predicate);
        }
        // "balance sheet, funding and capital remain strong" where another word took the predicate: the state word after
        // its copula or auxiliary is said of everything before that.
        if (LinkedState(words) is { } linked)
        {
            var before = Content(words.Take(linked.Link), terms);
            if (before.Count > 0) return (Turn(FailingStates.Contains(words[linked.State]), claim), before, words[linked.State]);
        }
        var control = UnderControl(words);
        if (control is { } controlled)
            return (Turn(!controlled, claim), subject, controlled ? "under control" : "out of control");
        // "borrow up to 50 billion francs to shore up its liquidity": what needs propping up is failing.
        for (var i = 0; i + 2 < words.Length; i++)
        {
            if (!Propping.Contains(words[i]) || words[i + 1] is not ("up" or "out")) continue;
            // The head of what is propped up, its last noun: "the alliance's eastern defences" props up defences, not the alliance.
            var phrase = words.Skip(i + 2).Take(4).TakeWhile(w => !Linking.Contains(w) && w is not ("and" or "with" or "by" or "from" or "after"));
            var propped = phrase.Select(WordStem.Of).LastOrDefault(terms.Contains);
            if (propped is not null) return (Turn(true, claim), new HashSet<string>(StringComparer.Ordinal) { propped }, words[i] + " " + words[i + 1]);
        }
        for (var i = 0; i < words.Length; i++)
        {
            if (!TroubleNouns.Contains(words[i])) continue;
            var thing = new HashSet<string>(StringComparer.Ordinal);
            // "a liquidity crisis", "a cash shortfall".
            if (i > 0 && terms.Contains(WordStem.Of(words[i - 1]))) thing.Add(WordStem.Of(words[i - 1]));
            // "pressure on our liquidity", "a shortage of cash".
            if (thing.Count == 0 && i + 1 < words.Length && Linking.Contains(words[i + 1]))
            {
                foreach (var next in words.Skip(i + 2).Take(3))
                {
                    if (!terms.Contains(WordStem.Of(next))) continue;
                    thing.Add(WordStem.Of(next));
                    break;
                }
            }
            if (thing.Count == 0) thing.UnionWith(subject);
            return (Turn(true, claim), thing, words[i]);
        }
        return null;
    }

    /// <summary>A failing word said as so is failing; denied ("no pressure", "not weakened") it vouches; a sound word the other way round.</summary>
    private static Soundness Turn(bool failingWord, Claim claim) =>
        failingWord == (claim.Polarity == Polarity.Positive) ? Soundness.Failing : Soundness.Sound;

    private static readonly HashSet<string> Links = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "be", "been", "remain", "remains", "remained", "stay", "stays", "stayed", "has", "have", "had",
    };

    /// <summary>A state word right after a copula or auxiliary ("remain strong", "had not significantly weakened"): both positions.</summary>
    private static (int Link, int State)? LinkedState(string[] words)
    {
        for (var i = 1; i < words.Length; i++)
        {
            if (!SoundStates.Contains(words[i]) && !FailingStates.Contains(words[i])) continue;
            var j = i - 1;
            while (j > 0 && (words[j] is "not" or "never" or "still" or "also" or "been" || words[j].EndsWith("ly", StringComparison.Ordinal) && words[j].Length >= 5)) j--;
            if (Links.Contains(words[j]) && j > 0) return (j, i);
        }
        return null;
    }

    /// <summary>"under (effective) control" → true, "out of control" → false, else null.</summary>
    private static bool? UnderControl(string[] words)
    {
        for (var i = 1; i < words.Length; i++)
        {
            if (words[i] != "control") continue;
            if (words[i - 1] == "under" || i >= 2 && words[i - 2] == "under") return true;
            if (i >= 2 && words[i - 1] == "of" && words[i - 2] == "out") return false;
        }
        return null;
    }

    /// <summary>Content stems of the words: the claim's terms, and any other word that is no function word (a noun the predicate took).</summary>
    private static HashSet<string> Content(IEnumerable<string> words, HashSet<string> terms) =>
        words.Where(w => w.Length > 2 && !ClaimLexicon.FunctionWords.Contains(w) && !ClaimLexicon.Negations.Contains(w) && !w.EndsWith("ly", StringComparison.Ordinal)
                         && !SoundStates.Contains(w) && !FailingStates.Contains(w) || terms.Contains(WordStem.Of(w)))
            .Select(WordStem.Of).ToHashSet(StringComparer.Ordinal);
}
