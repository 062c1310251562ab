using Monitor.Analysis.Text;

namespace Monitor.Analysis.Claims;

/// <summary>Stems of verbs and state words that are read as a claim's predicate when met before any other.</summary>
internal static class PredicateLexicon
{
    private static readonly string[] Words =
    [
        "open", "reopen", "complete", "finalise", "finalize", "close", "shut", "closed", "ratify", "reject", "refuse", "approve", "endorse", "accept", "adopt", "veto",
        "join", "enter", "leave", "quit", "exit", "lift", "impose", "introduce", "scrap", "support", "back", "favour", "favor",
        "oppose", "recognise", "recognize", "resume", "suspend", "halt", "pause", "stop", "start", "begin", "end", "allow",
        "permit", "ban", "forbid", "prohibit", "block", "increase", "raise", "expand", "decrease", "reduce", "cut", "lower",
        "deploy", "send", "withdraw", "pull", "stay", "remain", "win", "lose", "admit", "grant", "sign", "hold", "meet",
        "visit", "build", "attend", "host", "invite", "station", "establish", "launch", "conduct", "cooperate", "supply",
        "provide", "deliver", "sell", "buy", "test", "fire", "attack", "invade", "annex", "pay", "fund", "negotiate", "reach",
        "extend", "renew", "cancel", "postpone", "delay", "defer", "return", "release", "arrest", "vote", "condemn", "welcome", "criticise",
        "criticize", "talk", "discuss", "apologise", "apologize", "sanction", "expel", "recall", "station", "base", "arm",
        "train", "export", "import", "restrict", "relax", "tighten", "loosen", "abolish", "restore", "break", "sever",
        "normalise", "normalize", "hand", "transfer", "give", "offer", "request", "ask", "agree", "commit", "participate",
        "boycott", "retaliate", "respond", "honour", "honor", "violate", "breach", "comply", "abide", "implement", "enforce",
        "adhere", "recommend", "advise", "encourage", "discourage", "curb", "loosen", "ease", "follow", "observe", "obey", "wear",
        "fine", "apologise", "apologize", "resign", "repay", "default", "devalue", "peg", "fix", "evacuate", "strike", "kill", "shrink",
        "taper", "hold", "freeze", "unfreeze", "double", "halve", "accelerate", "slow", "rise", "boost", "uphold", "dismantle",
        "flout", "toughen", "persist", "ground", "enact", "shoot", "defend", "discontinue", "sustain", "occupy", "annex",
        "seize", "capture", "request", "seek", "service", "fulfil", "fulfill", "indicate", "fall", "decline", "climb", "grow",
        "set", "create", "form", "appoint", "dismiss", "elect", "move", "relocate", "keep", "maintain", "continue", "proceed", "abandon", "shelve", "cross", "hike",
        "levy", "tax", "place", "put", "take", "file", "plead", "leak", "pour", "gush", "spill", "seep", "escape", "leave", "arrive", "depart", "go", "come", "pass", "held", "met", "took", "sent", "left", "won", "lost", "sold", "bought", "began", "kept", "went", "came", "gave", "broke", "shut", "cut", "put", "withdrew", "hit", "steal",
    ];

    // Past forms the suffix stripper cannot reach, so "met" and "meet" are one predicate.
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["held"] = "hold", ["met"] = "meet", ["took"] = "take", ["taken"] = "take", ["sent"] = "send", ["left"] = "leave",
        ["won"] = "win", ["lost"] = "lose", ["sold"] = "sell", ["bought"] = "buy", ["began"] = "begin", ["begun"] = "begin",
        ["kept"] = "keep", ["went"] = "go", ["gone"] = "go", ["came"] = "come", ["gave"] = "give", ["given"] = "give",
        ["broke"] = "break", ["broken"] = "break", ["withdrew"] = "withdraw", ["withdrawn"] = "withdraw", ["froze"] = "freeze",
        ["frozen"] = "freeze", ["fought"] = "fight", ["spoke"] = "speak", ["drew"] = "draw", ["drawn"] = "draw", ["shot"] = "shoot",
        ["fell"] = "fall", ["fallen"] = "fall", ["rose"] = "rise", ["risen"] = "rise", ["grew"] = "grow", ["grown"] = "grow",
        ["paid"] = "pay", ["spent"] = "spend", ["sank"] = "sink", ["shrank"] = "shrink", ["shrunk"] = "shrink", ["stole"] = "steal", ["stolen"] = "steal",
    };

    private static readonly HashSet<string> Stems = Words.Select(StemOf).ToHashSet(StringComparer.Ordinal);

    /// <summary>Bare forms that are adjectives as often as verbs ("a complete ban", "in parts and complete"); their inflections are verbs.</summary>
    private static readonly HashSet<string> OftenAdjectives = new(StringComparer.Ordinal) { "complete" };

    public static bool IsPredicate(string lowerWord) => !OftenAdjectives.Contains(lowerWord) && Stems.Contains(StemOf(lowerWord)) && !OnlyAnAdjective(lowerWord);

    /// <summary>"Severe" stems to "sever", but is no verb: a word WordNet knows only as an adjective names no act.</summary>
    /// <remarks>
    /// Asked for every listed word a sentence holds, so the verb is looked up first: most listed words are verbs, and one
    /// look-up settles them.
    /// </remarks>
    private static bool OnlyAnAdjective(string lowerWord)
    {
        var wordNet = Lexical.WordNetLexicon.Shared;
        return wordNet.BaseForms(lowerWord, Lexical.PartOfSpeech.Verb).Count == 0
               && wordNet.BaseForms(lowerWord, Lexical.PartOfSpeech.Noun).Count == 0
               && (wordNet.BaseForms(lowerWord, Lexical.PartOfSpeech.Adjective).Count > 0 || wordNet.BaseForms(lowerWord, Lexical.PartOfSpeech.Adverb).Count > 0);
    }

    /// <summary>Whether the word is an irregular past form of a predicate ("fell", "rose", "went"), so it tells the tense.</summary>
    public static bool IsIrregularPast(string lowerWord) => Irregular.ContainsKey(lowerWord);

    /// <summary>The predicate's stem, with irregular past forms mapped to their base first.</summary>
    public static string StemOf(string lowerWord)
    {
        // "give up", "call off": the verb is stemmed and its particle kept, as the claim reader writes a phrasal predicate.
        var space = lowerWord.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0) return StemOf(lowerWord[..space]) + lowerWord[space..];
        return WordStem.Of(Irregular.TryGetValue(lowerWord, out var baseForm) ? baseForm : lowerWord);
    }
}
