namespace Monitor.Analysis.Claims;

/// <summary>The word lists claim extraction reads polarity, modality and predicates from.</summary>
internal static class ClaimLexicon
{
    public static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "none", "nor", "neither", "nothing", "nobody", "cannot", "can't", "won't", "don't",
        "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "shouldn't",
        "wouldn't",
    };

    /// <summary>
    /// Words that put a proposition as improbable: "it is very unlikely that rates rise" says they will not,
    /// as firmly as officials usually say it. Read as a negation, not as a hedge.
    /// </summary>
    public static readonly HashSet<string> Unlikely = new(StringComparer.Ordinal) { "unlikely", "improbable" };

    /// <summary>Words that make what follows hold only on a condition: "if", "unless", "provided".</summary>
    public static readonly HashSet<string> Conditions = new(StringComparer.Ordinal) { "if", "unless", "provided", "providing" };

    /// <summary>Words of deliberation: a hedge when affirmed ("considering"), a plan ruled out when denied ("not considering").</summary>
    public static readonly HashSet<string> Deliberation = new(StringComparer.Ordinal)
    {
        "considering", "consider", "considered", "weighing", "mulling", "contemplating", "exploring", "discussing", "studying",
    };

    /// <summary>Phrases that only frame the clause and must not be read as its predicate: "when it came to observing".</summary>
    public static readonly string[] FillerPhrases =
    [
        "when it came to", "when it comes to", "as far as", "in terms of", "no ifs or buts", "no ifs and buts", "no ifs no buts",
        // Date qualifiers bound a date; they negate nothing.
        "no earlier than", "not earlier than", "no sooner than", "no later than", "not later than", "at the earliest", "at the latest",
    ];

    /// <summary>Words that call what follows untrue: "denies", "baseless", "false".</summary>
    /// <summary>
    /// A word of denial used as one: "called the report misleading" denies; "pleaded guilty to misleading the regulator"
    /// names the act, a gerund after a preposition.
    /// </summary>
    public static bool IsDenial(IReadOnlyList<string> words, int i) =>
        Denials.Contains(words[i])
        && !(words[i].EndsWith("ing", StringComparison.Ordinal) && i > 0 && words[i - 1] is "to" or "of" or "for" or "by" or "in" or "from" or "about")
        && !DismissesPeople(words, i)
        // "had fabricated sales worth 2.2 billion yuan": a forgery done, not a claim called false.
        && !(words[i] == "fabricated" && i > 0 && words[i - 1] is "had" or "has" or "have");

    /// <summary>People whose dismissal is a firing: "dismissed 15 employees", "was dismissed", "dismissed the minister".</summary>
    private static readonly HashSet<string> Staff = new(StringComparer.Ordinal)
    {
        "employees", "employee", "staff", "workers", "worker", "officials", "official", "officers", "officer", "managers", "manager",
        "executives", "executive", "minister", "ministers", "chief", "head", "director", "directors", "engineers", "engineer",
        "coach", "commander", "commanders", "general", "generals", "judge", "judges", "governor", "deputy", "secretary", "aide", "aides",
    };

    /// <summary>"Dismissed 15 employees", "was dismissed from the post": a dismissal of people, not of a claim.</summary>
    private static bool DismissesPeople(IReadOnlyList<string> words, int i)
    {
        if (words[i] is not ("dismissed" or "dismisses")) return false;
        if (i > 0 && words[i - 1] is "was" or "were" or "been" or "be" or "being" or "is" or "are") return true;
        var next = i + 1;
        while (next < words.Count && words[next] is "the" or "a" or "its" or "his" or "her" or "their" or "all" or "several" or "two" or "three" or "four" or "five" or "senior" or "top") next++;
        // "dismissed the finance minister": the person's title may follow one word naming the field.
        return next < words.Count && (char.IsDigit(words[next][0]) || Staff.Contains(words[next]) || next + 1 < words.Count && Staff.Contains(words[next + 1]));
    }

    public static readonly HashSet<string> Denials = new(StringComparer.Ordinal)
    {
        "deny", "denies", "denied", "denying", "false", "untrue", "baseless", "groundless", "fabricated", "fabrication",
        "unfounded", "fake", "nonsense", "misleading", "inaccurate", "incorrect", "wrong", "speculation", "rumours", "rumors",
        "dismissed", "dismisses", "refuted", "refutes",
    };

    /// <summary>Verbs that negate the verb they govern: "refused to sign", "ruled out joining".</summary>
    public static readonly HashSet<string> NegatingVerbs = new(StringComparer.Ordinal)
    {
        "refuse", "refuses", "refused", "refusing", "fail", "fails", "failed", "ruled", "rules", "rule", "abandon", "abandoned", "abandons",
        "fell", "fall", "falls", "falling",
        "scrapped", "scraps", "shelved", "shelves", "dropped", "drops", "cancelled", "cancels", "canceled",
        "terminate", "terminated", "terminates", "terminating",
    };

    /// <summary>Verbs that pass through to the verb they govern: "plans to open" → open.</summary>
    public static readonly HashSet<string> Governing = new(StringComparer.Ordinal)
    {
        "plan", "plans", "planned", "planning", "intend", "intends", "intended", "intending", "expect", "expects", "expected",
        "going", "set", "continue", "continues", "continued", "seek", "seeks", "sought", "want", "wants", "wanted", "aim",
        "aims", "hope", "hopes", "promise", "promises", "promised", "pledge", "pledges", "pledged", "vow", "vows", "vowed",
        "decide", "decides", "decided", "prepare", "prepares", "preparing", "prepared", "move", "moves", "moved", "try",
        "tries", "tried", "agreed", "agree", "agrees", "able", "ready", "willing", "due", "scheduled", "about", "likely",
        "intention", "plans", "begin", "began", "started", "start",
    };

    public static readonly HashSet<string> Modals = new(StringComparer.Ordinal)
    {
        "will", "shall", "would", "won't", "going", "plan", "plans", "planned", "planning", "intend", "intends", "intention", "set",
        "scheduled", "expected", "due", "pledge", "pledged", "promise", "promised", "vow", "vowed", "next", "tomorrow", "soon",
        "upcoming", "forthcoming", "to",
    };

    public static readonly string[] HedgePhrases =
    [
        "may", "might", "could", "possibly", "perhaps", "on the table", "not ruled out", "not rule out", "does not rule out",
        "do not rule out", "considering", "consider", "mulling", "weighing", "option", "options", "open to", "remains possible",
        "cannot be excluded", "can't be excluded", "not excluded", "under review", "reviewing", "exploring", "explore",
        "no decision", "not yet decided", "yet to decide", "has not decided", "have not decided", "undecided",
        "not yet", "time yet", "likely", "most likely", "seemed", "seems", "appears", "appeared", "probably",
        "contemplating", "no immediate",
        // "It was plausible rates would rise", "further delays were possible": a thing judged possible is not yet said to
        // be so. Only the copula's forms: "did everything possible" and "as soon as possible" say nothing of chance.
        "it is possible", "it was possible", "it is entirely possible", "it was entirely possible", "it is plausible",
        "it was plausible", "it is conceivable", "it was conceivable", "it is probable", "it was probable", "is possible",
        "was possible", "are possible", "were possible",
        // An attempt still to come is no outcome: "would try to attach to the hull" holds whether or not the divers then
        // fail. An attempt told as done ("tried to land on the closed runway") is a fact of the attempt, and the noun ("gave
        // up its attempt to fix the rate") names the effort itself.
        "try to", "trying to", "attempting to",
        // "The cash was supposed to be held in trust accounts": what was to be, told in the past, is the plan as it stood,
        // not that it came about.
        "was supposed to", "were supposed to", "was meant to", "were meant to",
    ];

    /// <summary>Phrases that rule an act out without a "not": "out of the question", "off the table".</summary>
    public static readonly string[] ExcludedPhrases = ["out of the question", "off the table"];

    public static readonly string[] DeclinePhrases =
    [
        "declined to", "decline to", "declines to", "no comment", "would not comment", "would not confirm", "would not say",
        "will not comment", "not comment", "refused to comment", "refuses to comment", "won't comment", "not in a position to",
        "did not comment", "did not respond", "could not confirm", "cannot confirm", "can't confirm", "not confirm or deny",
        "neither confirm nor deny", "would neither confirm nor deny", "does not comment", "do not comment",
        // "did not say whether such missions would continue": the matter is left open, not settled either way.
        "did not say", "does not say", "would not specify", "did not specify", "did not disclose", "would not disclose",
        "gave no indication", "left open",
    ];

    public static readonly string[] DemandPhrases = ["urge", "urges", "urged", "must", "call on", "calls on", "called on", "demand", "demands", "demanded", "should"];

    /// <summary>Phrases that mean "it happens" and stand in for whatever verb set it going ("tariffs take effect").</summary>
    public static readonly string[] OccurrencePhrases =
    [
        "take effect", "takes effect", "took effect", "come into force", "comes into force", "came into force", "go ahead",
        "goes ahead", "went ahead", "enter into force", "enters into force", "entered into force", "kick in", "kicks in",
        "are in place", "be in place", "apply from", "will apply",
    ];

    /// <summary>Words that only link a subject to a state: "will stay shut" → shut.</summary>
    public static readonly HashSet<string> Copulas = new(StringComparer.Ordinal)
    {
        "stay", "stays", "stayed", "remain", "remains", "remained", "be", "is", "are", "was", "were", "been", "keep", "keeps",
        "kept", "become", "becomes", "became", "being",
    };

    public static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "it", "its", "that", "this", "these", "those", "there", "is", "are", "was", "were", "be", "been",
        "being", "do", "does", "did", "will", "would", "shall", "should", "has", "have", "had", "to", "of", "in", "on", "at",
        "for", "by", "with", "and", "or", "any", "said", "says", "say", "saying", "told", "tells", "we", "our", "us", "they", "their",
        "them", "he", "she", "his", "her", "i", "you", "all", "such", "as", "from", "into", "than", "then", "so", "but",
        "also", "still", "yet", "just", "very", "which", "who", "whom", "what", "when", "where", "while", "about", "over",
        // "met its obligations without causing pain": "without" negates its own phrase, a manner, never the claim.
        "without",
        "after", "before", "can", "could", "may", "might", "must", "up", "out", "if", "per", "cent", "percent", "some",
        "according", "statement", "spokesperson", "spokesman", "spokeswoman", "ministry", "official", "officials", "report",
        "reports", "reported", "reporting", "claim", "claims", "claimed", "assert", "asserts", "asserted", "confirm", "confirms",
        "confirmed", "indeed", "firmly", "categorically", "clearly", "again", "once", "now", "plan", "plans", "planned",
        "planning", "intend", "intends", "intention", "intended", "going", "set", "expected", "due", "scheduled", "week", "month", "year",
        "today", "tomorrow", "yesterday", "next", "last", "this", "coming", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "mr", "ms", "mrs", "spokesperson", "press", "conference", "briefing", "newspaper", "sources",
        "source", "citing", "cited", "people", "familiar", "matter", "added", "stated", "noted", "announced", "announce",
        "announces", "insisted", "insists", "stressed", "made", "clear", "let", "one", "two", "three", "only", "well",
    };
}
