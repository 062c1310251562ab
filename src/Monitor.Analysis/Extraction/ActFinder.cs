using System.Collections.Frozen;
using Monitor.Analysis.Claims;

namespace Monitor.Analysis.Extraction;

/// <summary>
/// Finds what an actor did, told as narration rather than speech: "The central bank raised rates by
/// half a point on Thursday", "The ministry has banned exports with immediate effect", "The leadership
/// vowed to stay the course". A deed is a position as much as a quote is, and it is often the only
/// record of a turn ("we will not raise rates" → the narration that it did). The unit must open with
/// a name-like subject, then the verb (after time words and auxiliaries); the caller keeps the act only
/// when the subject resolves to a tracked actor. The content runs from the verb to the first comma.
/// </summary>
internal static class ActFinder
{
    public const string Rule = "narrated-act";

    private const int MaxSubjectTokens = 10;
    private const int MinContentWords = 3;

    /// <summary>Past forms the "-ed" test misses.</summary>
    private static readonly FrozenSet<string> IrregularPast = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "cut", "set", "put", "held", "took", "made", "began", "kept", "left", "paid", "sent", "won", "lost", "struck", "hit",
        "met", "froze", "withdrew", "sold", "bought", "gave", "brought", "shut", "broke", "lifted", "taken", "begun", "given",
        "frozen", "withdrawn", "sought", "spent", "let", "bid", "stood", "built", "grew", "sank", "shrank", "drew", "ran", "led",
        "found", "chose", "wrote",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that take an infinitive and make the infinitive the act: "vowed to", "agreed to", "decided to".</summary>
    private static readonly FrozenSet<string> Undertakings = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "vowed", "pledged", "promised", "agreed", "decided", "voted", "moved", "resolved", "committed", "undertook", "refused",
        "failed", "threatened", "offered", "planned", "sought", "chose", "opted",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that report advice or decisions about others' conduct: "recommended that people wear masks".</summary>
    private static readonly FrozenSet<string> Directives = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "recommended", "advised", "ordered", "instructed", "authorised", "authorized", "approved", "banned", "prohibited",
        "allowed", "permitted", "barred", "told", "asked",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Presentations = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "defended", "outlined", "presented", "detailed", "unveiled", "reacted", "responded", "explained", "described", "hailed",
        "celebrated", "discussed", "addressed", "spoke", "appeared", "attended",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> CommonBodyNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "bank", "government", "ministry", "agency", "commission", "regulator", "administration", "cabinet", "council", "alliance",
        "company", "firm",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> SubjectLinkWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "of", "for", "and", "de",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Auxiliaries = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "also", "formally", "officially", "finally", "unexpectedly", "jointly", "unanimously",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the act's verb is an undertaking ("agreed to", "decided to"), which binds its doer whoever tells of it.</summary>
    public static bool IsUndertaking(string cue) => Undertakings.Contains(cue);

    /// <summary>
    /// The act told in the unit, then each act another subject did after ", and" ("…, and the government dropped its plan to
    /// take a stake"): wire leads often join two doers' acts in one sentence.
    /// </summary>
    public static IEnumerable<Attribution> FindAll(IReadOnlyList<Token> tokens)
    {
        if (Find(tokens) is { } act) yield return act;
        for (var k = 1; k + 1 < tokens.Count; k++)
        {
            if (!tokens[k].Is("and") || tokens[k].InQuote || tokens[k - 1].Text != ",") continue;
            var tail = tokens.Skip(k + 1).ToList();
            // "…, and it fixed the krona at 131": after another clause a pronoun is the doer it points back at.
            if (Find(tail, pronounSubject: true) is { } next) yield return next;
        }
    }

    /// <summary>The act told in the unit, or null; the speaker range is the subject that did it.</summary>
    public static Attribution? Find(IReadOnlyList<Token> tokens) => Find(tokens, pronounSubject: false);

    private static Attribution? Find(IReadOnlyList<Token> tokens, bool pronounSubject)
    {
        var first = SkipOpening(tokens);
        var subjectEnd = pronounSubject && first < tokens.Count && (tokens[first].Is("it") || tokens[first].Is("they")) ? first + 1 : SubjectEnd(tokens, first);
        var verb = subjectEnd > first ? VerbAfter(tokens, subjectEnd) : tokens.Count;
        // "Enric Millo, the government's envoy, apologised …", "The government's envoy in the region, Enric Millo, apologised …":
        // a name with its description set off by commas is one subject.
        if ((verb >= tokens.Count || !IsActVerb(tokens, verb)) && Appositive(tokens, first) is { } secondComma)
            (subjectEnd, verb) = (secondComma, VerbAfter(tokens, secondComma + 1));
        if (subjectEnd <= first || verb >= tokens.Count || !IsActVerb(tokens, verb)) return null;

        var end = ClauseEnd(tokens, verb);
        var words = 0;
        for (var i = verb; i <= end; i++) if (tokens[i].IsWord) words++;
        if (words < MinContentWords) return null;
        if (!SaysSomethingCheckable(tokens, verb, end)) return null;
        return new Attribution(tokens[first].Start, tokens[subjectEnd - 1].End, tokens[verb].Start, tokens[verb].End, tokens[verb].Text,
            [(tokens[verb].Start, tokens[end].End)], false, Rule);
    }

    /// <summary>
    /// Participles that give what an act came to: "…, raising $25.6 billion", "…, valuing the company at $1.7 trillion",
    /// "…, bringing the toll to 64". Each such clause is a figure its doer put on record, to be held to on its own.
    /// </summary>
    private static readonly FrozenSet<string> ResultParticiples = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        // Not "lifting its shares" or "pushing prices up": what a market made of the act is nobody's statement.
        "raising", "valuing", "bringing", "taking", "putting",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private const int MaxAsideTokens = 8;

    /// <summary>
    /// The result clauses after the content of an act or a report, each an attribution to the same speaker under the same
    /// rule: ", raising X and valuing Y" gives two. A short aside between ("…, the top of its range, raising …") is passed
    /// over; a clause without a figure is left out.
    /// </summary>
    public static IReadOnlyList<Attribution> ResultsOf(IReadOnlyList<Token> tokens, Attribution act)
    {
        var results = new List<Attribution>();
        var at = 0;
        while (at < tokens.Count && tokens[at].Start < act.Content[^1].End) at++;
        while (ResultParticipleAt(tokens, at) is var participle and >= 0)
        {
            at = participle + 1;
            while (at < tokens.Count && !(tokens[at].Text is "," or ";" or "\u2014" or "(" or ":" || tokens[at].Text == "." && at == tokens.Count - 1)
                   && !(tokens[at].Is("and") && at + 1 < tokens.Count && IsResultParticiple(tokens[at + 1])))
                at++;
            var last = at - 1;
            while (last > participle && !tokens[last].IsWord) last--;
            if (Enumerable.Range(participle + 1, last - participle).Any(k => IsFigure(tokens[k]) && !IsDayOfMonth(tokens, k)))
                results.Add(act with { CueStart = tokens[participle].Start, CueEnd = tokens[participle].End, Cue = tokens[participle].Text, Content = [(tokens[participle].Start, tokens[last].End)] });
        }
        return results;
    }

    /// <summary>
    /// The result participle the separator at <paramref name="at"/> opens ("…, raising", "… and valuing"), past one short
    /// aside after a comma ("…, the top of its range, raising"); -1 for none.
    /// </summary>
    private static int ResultParticipleAt(IReadOnlyList<Token> tokens, int at)
    {
        if (at + 1 >= tokens.Count || tokens[at].InQuote || !(tokens[at].Text == "," || tokens[at].Is("and"))) return -1;
        if (IsResultParticiple(tokens[at + 1])) return at + 1;
        if (tokens[at].Text != ",") return -1;
        var close = at + 1;
        while (close < tokens.Count && close - at <= MaxAsideTokens && tokens[close].IsWord) close++;
        return close + 1 < tokens.Count && close - at <= MaxAsideTokens && tokens[close].Text == "," && IsResultParticiple(tokens[close + 1]) ? close + 1 : -1;
    }

    /// <summary>"Dec. 4", "December 4", "4 May": a number that is a day of a month, not a figure.</summary>
    private static bool IsDayOfMonth(IReadOnlyList<Token> tokens, int k)
    {
        var before = k >= 1 && tokens[k - 1].Text == "." ? k - 2 : k - 1;
        return before >= 0 && IsMonthWord(tokens[before].Text) || k + 1 < tokens.Count && tokens[k + 1].IsCapitalised && IsMonthWord(tokens[k + 1].Text);
    }

    private static bool IsResultParticiple(Token token) => token.IsWord && !token.InQuote && !token.IsCapitalised && ResultParticiples.Contains(token.Text);

    /// <summary>The verb after a subject: past time words, auxiliaries and adverbs of manner.</summary>
    private static int VerbAfter(IReadOnlyList<Token> tokens, int subjectEnd)
    {
        var verb = TimeExpressions.Skip(tokens, subjectEnd);
        while (verb < tokens.Count && (Auxiliaries.Contains(tokens[verb].Text) || IsMannerAdverb(tokens, verb)) && !tokens[verb].IsCapitalised)
            verb = TimeExpressions.Skip(tokens, verb + 1);
        return verb;
    }

    private const int MaxAppositiveTokens = 12;

    /// <summary>
    /// A subject in two parts set off by commas, one of them a name ("Enric Millo, the government's envoy,"): the index of
    /// the second comma, or null. Neither part may hold a verb, a quote or another clause's punctuation.
    /// </summary>
    private static int? Appositive(IReadOnlyList<Token> tokens, int first)
    {
        var firstComma = NextComma(tokens, first);
        if (firstComma is not { } c1 || c1 == first) return null;
        var secondComma = NextComma(tokens, c1 + 1);
        if (secondComma is not { } c2 || c2 == c1 + 1) return null;
        if (!NameRun(tokens, first, c1) && !NameRun(tokens, c1 + 1, c2)) return null;
        for (var i = first; i < c2; i++)
            if (tokens[i].IsWord && !tokens[i].IsCapitalised && (IsActVerb(tokens, i) || tokens[i].Is("said") || tokens[i].Is("who") || tokens[i].Is("which")))
                return null;
        return c2;
    }

    /// <summary>The next comma within reach, past plain words only; null at a quote or other punctuation.</summary>
    private static int? NextComma(IReadOnlyList<Token> tokens, int from)
    {
        for (var i = from; i < tokens.Count && i - from <= MaxAppositiveTokens; i++)
        {
            if (tokens[i].InQuote) return null;
            if (tokens[i].Text == ",") return i;
            if (!tokens[i].IsWord && tokens[i].Text is not ("'" or "’" or "-" or ".")) return null;
        }
        return null;
    }

    /// <summary>Whether the tokens are a person's or body's name: capitalised words only, two to five of them.</summary>
    private static bool NameRun(IReadOnlyList<Token> tokens, int from, int to)
    {
        var count = to - from;
        if (count is < 2 or > 5) return false;
        for (var i = from; i < to; i++)
            if (!tokens[i].IsWord || !tokens[i].IsCapitalised || TimeExpressions.IsCalendarWord(tokens, i)) return false;
        return true;
    }

    /// <summary>"provisionally rated", "quietly dropped": an adverb of manner between the subject and its verb.</summary>
    private static bool IsMannerAdverb(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].IsWord && tokens[i].Text.Length > 5 && tokens[i].Text.EndsWith("ly", StringComparison.Ordinal)
        && !tokens[i].Is("only") && i + 1 < tokens.Count && IsActVerb(tokens, i + 1);

    private static readonly FrozenSet<string> OpeningPrepositions = new HashSet<string>(StringComparer.Ordinal)
    {
        "Under", "After", "Before", "Following", "Despite", "During", "Amid", "Since", "Without", "With", "As", "At", "By", "For", "From",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"On Friday, …", "In a surprise move, …": an opening adjunct up to its comma is not the subject.</summary>
    private static int SkipOpening(IReadOnlyList<Token> tokens)
    {
        if (tokens.Count == 0 || tokens[0].InQuote) return tokens.Count;
        if (tokens[0].Is("On") || tokens[0].Is("In") || tokens[0].Is("Last") || tokens[0].Is("Earlier"))
        {
            for (var i = 1; i < Math.Min(tokens.Count, 8); i++)
                if (tokens[i].Text == ",") return i + 1;
        }
        // "Under the 2015 agreement, Iran agreed to …", "After two days of talks, the ministry …": a longer framing phrase.
        if (OpeningPrepositions.Contains(tokens[0].Text))
        {
            for (var i = 1; i < Math.Min(tokens.Count, 14); i++)
            {
                if (tokens[i].InQuote || tokens[i].Text is ";" or ":") break;
                if (tokens[i].Text == ",") return i + 1;
            }
        }
        return 0;
    }

    /// <summary>
    /// Index past who owns or backs a named subject ("the state-owned", "the federally owned", "the Kremlin-backed"), when a
    /// name follows; <paramref name="at"/> itself otherwise.
    /// </summary>
    private static int AfterOwnership(IReadOnlyList<Token> tokens, int at)
    {
        static bool Participle(Token t) => t.IsWord && !t.IsCapitalised && t.Text.EndsWith("ed", StringComparison.Ordinal);
        var i = at;
        if (i + 1 < tokens.Count && tokens[i].IsWord && !tokens[i].IsCapitalised && tokens[i].Text.EndsWith("ly", StringComparison.Ordinal) && Participle(tokens[i + 1]))
            i += 2;
        else if (i < tokens.Count && Participle(tokens[i]) && tokens[i].Text.Contains('-', StringComparison.Ordinal))
            i++;
        return i > at && i < tokens.Count && tokens[i].IsCapitalised ? i : at;
    }

    /// <summary>Index just past a name-like subject starting at <paramref name="first"/>; <paramref name="first"/> itself when there is none.</summary>
    private static int SubjectEnd(IReadOnlyList<Token> tokens, int first)
    {
        // "The central bank kept its target …": a body named before, by the common noun wire copy calls it.
        if (first + 1 < tokens.Count && tokens[first].Is("the"))
        {
            for (var k = first + 1; k < Math.Min(tokens.Count, first + 4); k++)
            {
                if (!tokens[k].IsWord || tokens[k].IsCapitalised) break;
                if (CommonBodyNouns.Contains(tokens[k].Text)) return k + 1;
            }
        }
        var i = first;
        if (i < tokens.Count && tokens[i].Is("the")) i = AfterOwnership(tokens, i + 1);
        var sawName = false;
        var afterPossessive = false;
        while (i < tokens.Count && i - first < MaxSubjectTokens)
        {
            var t = tokens[i];
            if (t.InQuote) break;
            if (!t.IsWord)
            {
                // "OPEC+" is one name.
                if (t.Text == "+" && sawName && i > 0 && tokens[i - 1].End == t.Start) { i++; continue; }
                if (sawName && SpeakerPhrase.IsAmpersandInName(tokens, i)) { i++; continue; }
                break;
            }
            if (t.IsCapitalised && !TimeExpressions.IsCalendarWord(tokens, i))
            {
                sawName = true;
                afterPossessive = !t.Bare.Equals(t.Text, StringComparison.Ordinal);
                i++;
                continue;
            }
            // "Centers for Disease Control", "Bank of Japan": a link word between two names.
            if (sawName && SubjectLinkWords.Contains(t.Text) && i + 1 < tokens.Count && tokens[i + 1].IsCapitalised) { i++; continue; }
            // "China's top leadership", "India's trade ministry": lower-case nouns after a possessive name.
            if (afterPossessive && IsHeadNounCandidate(tokens, i)) { i++; continue; }
            break;
        }
        return sawName ? i : first;
    }

    private static bool IsHeadNounCandidate(IReadOnlyList<Token> tokens, int i)
    {
        var word = tokens[i].Text;
        if (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || IrregularPast.Contains(word)) return false;
        if (Auxiliaries.Contains(word) || Lexicon.Prepositions.Contains(word) || word.Equals("said", StringComparison.OrdinalIgnoreCase)) return false;
        return word.All(char.IsLower) && word.Length > 2;
    }

    private static bool IsActVerb(IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        if (!t.IsWord || t.InQuote || t.IsCapitalised) return false;
        var past = t.Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || IrregularPast.Contains(t.Text);
        if (!past) return false;
        var next = i + 1 < tokens.Count ? TimeExpressions.Skip(tokens, i + 1) : tokens.Count;
        var takesInfinitive = next < tokens.Count && tokens[next].Is("to");
        if (Undertakings.Contains(t.Text)) return takesInfinitive;
        // Presenting or defending a plan is talk about it, not the act: "set out a plan", "defended his decision".
        if (Presentations.Contains(t.Text) || t.Is("set") && next < tokens.Count && tokens[next].Is("out")) return false;
        // Speech is the attribution rules' business; a cue with an infinitive ("pledged to") is an undertaking, handled above.
        if (SpeechCues.IsCue(t, tokens, i) && !Directives.Contains(t.Text)) return false;
        return true;
    }

    /// <summary>The last token of the act: before the first comma, semicolon or dash outside a number, or the unit's end.</summary>
    private static int ClauseEnd(IReadOnlyList<Token> tokens, int verb)
    {
        var end = tokens.Count - 1;
        for (var i = verb + 1; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord) continue;
            // A quoted phrase inside the act ("adhere to its \u201czero-COVID\u201d policy") names what the act is about.
            if (tokens[i].Text == "," && ContinuesAfterComma(tokens, i)) continue;
            // "its 20 billion rupee ($2.5 billion) share offer": an aside in brackets sits inside the act.
            if (tokens[i].Text == "(" && ClosingBracket(tokens, i) is { } close) { i = close; continue; }
            if (tokens[i].Text is "," or ";" or "\u2014" or "\u2013" or "(" or ":" || tokens[i].Text == "." && i == tokens.Count - 1)
            {
                end = i - 1;
                break;
            }
        }
        while (end > verb && !tokens[end].IsWord) end--;
        return end;
    }

    /// <summary>The ")" that closes the bracket at <paramref name="open"/> before any clause break, or null.</summary>
    private static int? ClosingBracket(IReadOnlyList<Token> tokens, int open)
    {
        for (var i = open + 1; i < tokens.Count && i - open <= 12; i++)
        {
            if (tokens[i].Text == ")") return i;
            if (tokens[i].Text is "(" or ";" or ":" or "\u2014") return null;
        }
        return null;
    }

    /// <summary>
    /// A comma inside the act: in a number ("2,975"), in a date ("on Monday, Oct. 9") or before the figure a move ends at
    /// ("cut its forecast by a third, to 5.2 trillion won"), which is what a later figure is checked against.
    /// </summary>
    private static bool ContinuesAfterComma(IReadOnlyList<Token> tokens, int comma)
    {
        if (comma + 1 >= tokens.Count || comma == 0) return false;
        var next = tokens[comma + 1];
        // "to 2,975": a thousands separator, written with no space on either side.
        var previous = tokens[comma - 1];
        if (previous.End == tokens[comma].Start && tokens[comma].End == next.Start && char.IsDigit(previous.Text[^1]) && char.IsDigit(next.Text[0])) return true;
        if (Lexicon.Weekdays.Contains(previous.Text) && next.IsCapitalised && IsMonthWord(next.Text)) return true;
        // "to hold the vote on Dec. 15, 2024": the year after a day of the month is the date's own.
        if (previous.Text.All(char.IsDigit) && next.Text.Length == 4 && next.Text.All(char.IsDigit) && MonthBefore(tokens, comma - 1)) return true;
        if (IsListComma(tokens, comma)) return true;
        return (next.Is("to") || next.Is("from")) && comma + 2 < tokens.Count && IsFigure(tokens[comma + 2]);
    }

    /// <summary>
    /// "put back the presidential, legislative and provincial elections": a comma between items of a list, with one to
    /// three plain words after it and then "and" or "or"; a participle ("…, saying") or a determiner opens a clause instead.
    /// </summary>
    private static bool IsListComma(IReadOnlyList<Token> tokens, int comma)
    {
        if (!tokens[comma - 1].IsWord || tokens[comma - 1].IsCapitalised) return false;
        for (var k = comma + 1; k < tokens.Count && k - comma <= 4; k++)
        {
            var t = tokens[k];
            if (!t.IsWord || t.InQuote || t.IsCapitalised) return false;
            if (t.Is("and") || t.Is("or")) return k > comma + 1 && k + 1 < tokens.Count && tokens[k + 1].IsWord;
            if (t.Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || Lexicon.Determiners.Contains(t.Text) || Lexicon.Pronouns.Contains(t.Text)) return false;
        }
        return false;
    }

    /// <summary>Whether a month's name ("Dec." or "December") stands just before the token at <paramref name="day"/>.</summary>
    private static bool MonthBefore(IReadOnlyList<Token> tokens, int day)
    {
        var at = day - 1;
        if (at >= 0 && tokens[at].Text == ".") at--;
        return at >= 0 && IsMonthWord(tokens[at].Text);
    }

    /// <summary>"October", "Oct." or "Oct".</summary>
    private static bool IsMonthWord(string word)
    {
        var bare = word.TrimEnd('.').ToLowerInvariant();
        return bare.Length >= 3 && Lexicon.Months.Any(month => month.StartsWith(bare, StringComparison.Ordinal));
    }

    private static bool IsFigure(Token token) => char.IsDigit(token.Text[0]) || token.Text[0] is '$' or '\u20ac' or '\u00a3' or '\u00a5';

    private static readonly FrozenSet<string> CountHedges = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "just", "only", "about", "nearly", "almost", "around", "some", "roughly", "more", "than", "fewer", "less", "over", "under",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that put a value on something: "rated the accident at level 4", "valued the stake at $2 billion".</summary>
    private static readonly FrozenSet<string> Valuations = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "rated", "estimated", "valued", "put", "priced", "assessed", "graded", "classified", "ranked", "pegged", "capped", "fixed", "set",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// An act worth keeping changes something a later statement can contradict: its verb (or the verb of its
    /// infinitive, "agreed to cut") is one the claim reader knows, it directs others, or it moves a figure ("by 50 points").
    /// </summary>
    private static bool SaysSomethingCheckable(IReadOnlyList<Token> tokens, int verb, int end)
    {
        var verbWord = tokens[verb].Text.ToLowerInvariant();
        // "abandoned the floor", "scrapped the plan": ending a policy is as checkable as starting one.
        if (Directives.Contains(verbWord) || PredicateLexicon.IsPredicate(verbWord) || ClaimLexicon.NegatingVerbs.Contains(verbWord)) return true;
        // "called off the offer", "pulled out of the talks": the verb with its particle is the act.
        if (verb < end && ClaimExtractor.PhrasalVerb([verbWord, tokens[verb + 1].Text.ToLowerInvariant()], 0) is not null) return true;
        for (var i = verb + 1; i <= end; i++)
        {
            if (!tokens[i].IsWord) continue;
            if (tokens[i - 1].Is("to") && i - 1 <= verb + 4)
            {
                var infinitive = i;
                while (infinitive < end && tokens[infinitive].Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase)) infinitive++;
                if (PredicateLexicon.IsPredicate(tokens[infinitive].Text.ToLowerInvariant())) return true;
                // "agreed to forward the application": an undertaking binds its doer to whatever it names.
                if (Undertakings.Contains(verbWord) && !tokens[infinitive].IsCapitalised) return true;
            }
            if (char.IsDigit(tokens[i].Text[0]) && (tokens[i - 1].Is("by") || tokens[i - 1].Is("to"))) return true;
            if (IsFigure(tokens[i]) && Valuations.Contains(verbWord) && (tokens[i - 1].Is("at") || i >= 2 && tokens[i - 2].Is("at"))) return true;
            // "built just 260 cars", "delivered 1,550 vehicles": a count as the act's own object is a figure to hold it to.
            if (IsFigure(tokens[i]) && i <= verb + 3 && Enumerable.Range(verb + 1, i - verb - 1).All(j => tokens[j].IsWord && CountHedges.Contains(tokens[j].Text))) return true;
        }
        return false;
    }
}
