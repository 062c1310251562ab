using Monitor.Abstractions;
using Monitor.Analysis.Claims;
using Monitor.Analysis.Text;

namespace Monitor.Analysis.Contradictions.Judges;

/// <summary>
/// An actor gives its account of an event, then admits fault for it: "the engine caught fire" → "shooting the
/// airliner down was an unforgivable mistake"; "every rule was followed" → "I fell short of the rules". The
/// admission takes the account back, though it rarely repeats its words, so it is read from the admission itself
/// and from the two statements being about one matter. Only an account is taken back — a denial or excuse, the
/// same act, a cause given, or what had happened told by someone else — not the speaker's plans, figures or steps
/// on the same matter. After a denial the kind is
/// <see cref="AlertKinds.BrokenDenial"/>, otherwise <see cref="AlertKinds.NegatedClaim"/>. A figure the actor gave and
/// later called fictitious, non-existent or overstated (<see cref="DisownedFigure"/>) is an account taken back too.
/// </summary>
public sealed partial class AdmissionJudge(JudgeWeights weights) : IPairJudge
{
    public string Kind => AlertKinds.NegatedClaim;

    /// <summary>Single words that own a fault: "an unforgivable mistake", "human error", "his apology".</summary>
    private static readonly HashSet<string> FaultWords = new(StringComparer.Ordinal)
    {
        "mistake", "mistakes", "mistakenly", "error", "errors", "erroneously", "apologise", "apologised", "apologises", "apologize",
        "apologized", "apologizes", "apologising", "apologizing", "apology", "apologies", "unintentionally", "inadvertently",
        // "agreed to plead guilty", "admitted its guilt"; "pleaded not guilty" is disowned by its "not".
        "guilty", "guilt",
    };

    /// <summary>Verbs that take on responsibility: "accepted full responsibility", "took responsibility".</summary>
    private static readonly HashSet<string> Accepting = new(StringComparer.Ordinal)
    {
        "accept", "accepts", "accepted", "accepting", "take", "takes", "took", "taking", "bear", "bears", "bore", "assume", "assumed",
    };

    /// <summary>Words before a fault word that make it hypothetical, denied or someone else's to give.</summary>
    private static readonly HashSet<string> Disowning = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "nothing", "n't", "without", "if", "would", "will", "could", "might", "demand", "demanded", "demands",
        "demanding", "owes", "owed", "wants", "wanted", "expects", "expected", "seek", "sought", "any", "for",
        // "a man of difficult fate who made grave errors": a fault a relative clause pins on someone the speaker names.
        "who", "whose",
        // "refused to apologise", "rejected calls for an apology": a fault refused is not owned.
        "refuse", "refused", "refuses", "refusing", "decline", "declined", "declines", "declining", "rejected", "rejects", "rejecting",
    };

    /// <summary>Verbs of belief whose denial ("did not think the initiative had been a mistake") disowns the fault it governs.</summary>
    private static readonly HashSet<string> BeliefVerbs = new(StringComparer.Ordinal)
    {
        "think", "thinks", "thought", "believe", "believes", "believed", "consider", "considers", "considered", "regard", "regards",
        "regarded", "accept", "accepts", "accepted", "agree", "agrees", "agreed", "feel", "feels", "felt",
    };

    /// <summary>How far back a denied belief reaches over the clause it governs.</summary>
    private const int BeliefReach = 12;

    public PairFinding? Judge(PairContext pair)
    {
        var fault = FaultAdmitted(pair);
        var figure = FigureTakenBack(pair);
        return figure is not null && (fault is null || figure.Score > fault.Score) ? figure : fault;
    }

    /// <summary>
    /// "Had more than $1 billion in cash", then "$1.04 billion of its cash was fictitious": a figure the actor gave, said
    /// later to be false, non-existent or overstated, is an account taken back as surely as one owned as a mistake.
    /// </summary>
    private PairFinding? FigureTakenBack(PairContext pair)
    {
        if (pair.Relation != PairRelation.SameActor) return null;
        PairFinding? best = null;
        foreach (var c in pair.Comparisons)
        {
            if (!DisownedFigure.TakesBack(pair, c, out var shared, out var word)) continue;
            var evidence = new JudgeEvidence("admission",
            [
                new("similarity", c.Similarity),
                new("sharedMatter", Math.Min(shared, 2)),
                EvidenceTerm.Flag("accountTakenBack", true),
            ]);
            var score = weights.Score(evidence);
            if (best is not null && best.Score >= score) continue;
            var headline = $"{ExplanationWriter.Who(pair.Later.Statement)} gave a figure, then said what it counted {(word.StartsWith("exist", StringComparison.Ordinal) ? "did not exist" : "was " + word)}";
            best = new PairFinding(AlertKinds.NegatedClaim, score, ExplanationWriter.Write(headline, pair, c.Earlier.Quantities[0].Text, word), c, evidence);
        }
        return best;
    }

    private PairFinding? FaultAdmitted(PairContext pair)
    {
        if (!pair.Later.AdmitsFault || pair.Earlier.AdmitsFault || pair.Relation != PairRelation.SameActor) return null;
        if (pair.Earlier.Statement.Mode is not (StatementMode.Assert or StatementMode.Deny)) return null;
        if (pair.Later.Statement.Mode != StatementMode.Assert || pair.Later.Denies) return null;
        // "In her second apology in ten days", "apologised again": the fault was owned before, and what it took back was
        // taken back then; a repeat takes back nothing more.
        if (RepeatedAdmission().IsMatch(pair.Later.Statement.Text)) return null;
        // "Japan's decision was a grave mistake" blames another party; an admission names no one else.
        if (pair.Later.MentionedActors.Any(a => !string.Equals(a, pair.Later.Statement.Actor, StringComparison.OrdinalIgnoreCase))) return null;

        // "Rejected calls for an international inquiry" refuses what others asked for; it gives no account to take back.
        var exculpatory = (pair.Earlier.Denies || pair.Earlier.Statement.Mode == StatementMode.Deny) && !RefusedRequest().IsMatch(pair.Earlier.Statement.Text);
        var givesCause = GivesCause(pair.Earlier.Statement.Text);
        PairFinding? best = null;
        foreach (var c in pair.Comparisons)
        {
            if (c.Earlier.Modality != Modality.Fact || c.DifferentNames) continue;
            // "It accepted the findings", then "it accepted the findings and regretted the mistakes": a concession made
            // again takes nothing back.
            if (Conceding.Contains(c.Earlier.Predicate)) continue;
            // One matter: a shared thing ("the strike", "the rules", an "aircraft" that is an "airliner"), or the same gist.
            var shared = c.SharedTerms + (c.SamePredicate || c.SameSense ? 1 : 0);
            // An admission's own words ("I understand the anger…") pull its embedding away, so a shared thing and a
            // shared act are enough on their own.
            if (!(shared >= 2 || shared >= 1 && c.Similarity >= 0.3 || c.Similarity >= 0.55)) continue;
            // "No rule was broken" excuses; "devices it had failed to disclose" is negative too, but owns a failing.
            // "It had been reasonable for her to point out problems", "the captain had acted properly": conduct defended
            // is excused as surely as conduct denied.
            var excused = exculpatory || c.Earlier.Polarity == Polarity.Negative && !OwnsAFailing(c.Earlier.Cue)
                          || c.Earlier.Polarity == Polarity.Positive && ConductDefended().IsMatch(c.Earlier.Text);
            // What an admission takes back is an account: a denial or excuse, the same act, or a cause given for the
            // matter ("attributed the crash to an engine fire"). A plan, a figure or a step taken since is no account.
            var sameAct = c.PredicatesRelated && c.Earlier.Predicate.Length > 0 && c.Later.Predicate.Length > 0;
            if (!excused && !sameAct && !givesCause && !IsEventAccount(c.Earlier)) continue;
            var evidence = new JudgeEvidence("admission",
            [
                new("similarity", c.Similarity),
                new("sharedMatter", Math.Min(shared, 2)),
                // An account that denied or excused ("all rules were followed") is what an admission takes back.
                EvidenceTerm.Flag("accountTakenBack", excused || c.PredicatesRelated),
            ]);
            var score = weights.Score(evidence);
            if (best is not null && best.Score >= score) continue;
            var kind = excused ? AlertKinds.BrokenDenial : AlertKinds.NegatedClaim;
            var headline = $"{ExplanationWriter.Who(pair.Later.Statement)} gave an account, then admitted fault for the same matter";
            best = new PairFinding(kind, score, ExplanationWriter.Write(headline, pair, c.Earlier.Cue, FaultCue(pair.Later.Statement.Text)), c, evidence);
        }
        return best;
    }

    /// <summary>Acts that already concede: accepting findings, acknowledging, admitting, regretting.</summary>
    private static readonly HashSet<string> Conceding = new(StringComparer.Ordinal)
    {
        "accept", "acknowledge", "admit", "concede", "regret", "apologise", "apologize", "recognise", "recognize", "confess",
    };

    /// <summary>Words that give a cause: "caused by", "due to", "blamed on", "traced to".</summary>
    private static readonly HashSet<string> CauseWords = new(StringComparer.Ordinal)
    {
        "cause", "caused", "causes", "because", "due", "attributed", "attributes", "blamed", "blames", "traced", "owing", "result",
        "resulted", "triggered", "sparked",
    };

    private static bool OwnsAFailing(string cue) =>
        ClaimKey.Words(cue).Any(w => w.StartsWith("fail", StringComparison.Ordinal) || w.StartsWith("neglect", StringComparison.Ordinal) || w.StartsWith("omit", StringComparison.Ordinal));

    private static bool GivesCause(string text) => ClaimKey.Words(text).Any(CauseWords.Contains);

    /// <summary>Subjects by which the speaker's own side is named: what it did or will do is its conduct, not an account.</summary>
    private static readonly HashSet<string> OwnSide = new(StringComparer.Ordinal)
    {
        "it", "its", "we", "our", "i", "my", "he", "his", "she", "her", "they", "their", "company", "government", "ministry", "firm",
    };

    /// <summary>
    /// "One of the engines had caught fire and the pilot lost control": what had happened, told in the past perfect
    /// by someone other than the speaker's own side, is an account of the event; "it had stopped production" is the
    /// speaker's own step.
    /// </summary>
    private static bool IsEventAccount(Claim claim)
    {
        var subject = ClaimKey.Words(claim.Subject).ToArray();
        if (subject.Length == 0 || subject.Any(OwnSide.Contains)) return false;
        // "431 police officers had been injured": a count as the subject is a figure, and an apology takes back no figure.
        if (ClaimKey.Words(claim.Text).FirstOrDefault() is { } opening && opening.Any(char.IsDigit)) return false;
        var words = ClaimKey.Words(claim.Text).ToArray();
        for (var i = 0; i + 1 < words.Length; i++)
            // "devices that it had failed to disclose": what the speaker's side had done is its conduct, not an account.
            // "the circumstances that had led to the order": a relative clause describes a thing; it tells no event.
            if (words[i] == "had" && !NotParticiples.Contains(words[i + 1]) && (i == 0 || !OwnSide.Contains(words[i - 1]) && !RelativePronouns.Contains(words[i - 1]))) return true;
        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:is|was|were|been|be)\s+(?:entirely\s+|perfectly\s+|fully\s+|completely\s+)?(?:reasonable|justified|appropriate|proper|legitimate|lawful)\s+(?:for|to|in|that|given)\b|\bacted\s+(?:entirely\s+|perfectly\s+|fully\s+)?(?:properly|appropriately|reasonably|lawfully|correctly|legally|within)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ConductDefended();

    private static readonly HashSet<string> RelativePronouns = new(StringComparer.Ordinal) { "that", "which", "who" };

    /// <summary>An apology said to repeat one made before: "her second apology", "a fresh apology", "apologised again".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:second|third|fresh|another|renewed|repeated)\s+(?:public\s+|televised\s+|formal\s+)?apolog|\bapologi[sz](?:ed|es|ing)\s+(?:again|once\s+more|anew)\b|\bagain\s+apologi[sz]",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RepeatedAdmission();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:reject(?:s|ed|ing)?|refus(?:es|ed|ing)|dismiss(?:es|ed|ing)|rebuff(?:s|ed|ing)|turn(?:s|ed|ing)?\s+down)\s+(?:\w+\s+){0,2}?(?:calls?|demands?|requests?|appeals?|pressure|proposals?|offers?|invitations?|ultimatums?)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RefusedRequest();

    /// <summary>Words after "had" that make it possession or obligation ("had no plans", "had to"), not the past perfect.</summary>
    private static readonly HashSet<string> NotParticiples = new(StringComparer.Ordinal)
    {
        "to", "no", "not", "nothing", "a", "an", "the", "any", "some", "its", "their", "his", "her", "our", "only", "more", "less",
    };

    /// <summary>Whether the text owns a fault, as said and not hypothetical: "a tragic mistake", "fell short", "accepted full responsibility".</summary>
    public static bool Admits(string text) => FaultAt(ClaimKey.Words(text).ToArray()) >= 0;

    private static string FaultCue(string text)
    {
        var words = ClaimKey.Words(text).ToArray();
        var at = FaultAt(words);
        return at < 0 ? text : string.Join(' ', words[Math.Max(0, at - 3)..Math.Min(words.Length, at + 2)]);
    }

    private static int FaultAt(string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var fault = FaultWords.Contains(words[i])
                        || words[i] is "short" && i > 0 && words[i - 1] is "fell" or "fall" or "falls" or "fallen"
                        || words[i] is "responsibility" && AcceptedBefore(words, i);
            // "it would be a mistake to lift the sanctions" judges a course not taken; it owns nothing.
            if (!fault || i + 1 < words.Length && words[i + 1] == "to" && words[i] is "mistake" or "error") continue;
            // "Erdogan accepted the apology", "welcomed the apologies": an apology received is the other side's.
            if (words[i] is "apology" or "apologies" && ReceivedBefore(words, i)) continue;
            if (!DisownedBefore(words, i)) return i;
        }
        return -1;
    }

    private static readonly HashSet<string> Receiving = new(StringComparer.Ordinal)
    {
        // "Rejected the apology" is disowned already (see Disowning).
        "accept", "accepts", "accepted", "accepting", "welcome", "welcomes", "welcomed", "welcoming", "receive", "receives", "received",
    };

    private static bool ReceivedBefore(string[] words, int at)
    {
        for (var j = Math.Max(0, at - 3); j < at; j++)
            if (Receiving.Contains(words[j])) return true;
        return false;
    }

    private static bool AcceptedBefore(string[] words, int at)
    {
        for (var j = Math.Max(0, at - 3); j < at; j++)
            if (Accepting.Contains(words[j])) return true;
        return false;
    }

    private static bool DisownedBefore(string[] words, int at)
    {
        for (var j = Math.Max(0, at - 5); j < at; j++)
            if (Disowning.Contains(words[j]) || words[j].EndsWith("n't", StringComparison.Ordinal)) return true;
        for (var j = Math.Max(1, at - BeliefReach); j < at; j++)
            if (BeliefVerbs.Contains(words[j]) && (words[j - 1] is "not" or "never" || words[j - 1].EndsWith("n't", StringComparison.Ordinal))) return true;
        return false;
    }
}
