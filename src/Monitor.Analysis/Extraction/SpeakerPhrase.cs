using System.Collections.Frozen;

namespace Monitor.Analysis.Extraction;

/// <summary>
/// Finds the phrase that names a speaker next to a cue, by token shape alone: names, speaker
/// nouns ("spokeswoman", "ministry") and their modifiers, and pronouns. A place in a prepositional
/// phrase ("at a briefing in Brussels") is never taken for the speaker; it stays inside the phrase
/// only after an office it locates ("China's embassy in London").
/// </summary>
internal static class SpeakerPhrase
{
    /// <summary>The speaker phrase ending right before <paramref name="cue"/> (interposed adverbs skipped), as a token range.</summary>
    public static (int First, int Last)? Before(IReadOnlyList<Token> tokens, int cue, int lowerBound)
    {
        var last = cue - 1;
        last = SkipInterposedBackward(tokens, last, lowerBound);
        if (last < lowerBound) return null;
        // "Having said that, …" opens a clause; nobody is speaking there.
        if (tokens[last].Is("having")) return null;

        // A bracketed aside belongs to the speaker: "Rep. Gwen Moore (D-Wis.) said".
        if (tokens[last].Text == ")")
        {
            var open = last;
            while (open >= lowerBound && tokens[open].Text != "(") open--;
            if (open > lowerBound)
            {
                var named = Collect(tokens, open - 1, lowerBound);
                return named is { } n && IsSpeakerLike(tokens, n.First, n.Last) ? (n.First, last) : null;
            }
            return null;
        }

        // Appositive: "Mao Ning, spokesperson for the foreign ministry, said", "The spokeswoman, Karin Holm, said",
        // "Donna Rawlings, 59, of Ashton, Md., said". The head is the farthest comma-led phrase that names someone.
        if (tokens[last].Text == "," && last - 1 >= lowerBound)
        {
            var appositiveEnd = last - 1;
            var commas = new List<int>();
            for (var i = appositiveEnd; i >= lowerBound && appositiveEnd - i < 40; i--)
            {
                var t = tokens[i];
                if (t.InQuote || t.Text is ";" or ":" or "." or "!" or "?") break;
                if (t.Text == ",") commas.Add(i);
            }
            for (var c = commas.Count - 1; c >= 0; c--)
            {
                var comma = commas[c];
                if (comma >= appositiveEnd) continue;
                var head = Collect(tokens, comma - 1, lowerBound);
                if (head is not { } h || !IsSpeakerLike(tokens, h.First, h.Last)) continue;
                // "…," Lt. Gen. Omar Ardo, head of the council's committee, told: a closing quote opens the clause too.
                var opensClause = h.First == lowerBound || tokens[h.First - 1].Text == "," || Lexicon.LeadingNoise.Contains(tokens[h.First - 1].Text)
                                  || tokens[h.First - 1].InQuote || QuoteScanner.IsQuoteMark(tokens[h.First - 1].Text[0]);
                if (!opensClause) continue;
                // "The developer, which has $30 billion in debts, said": a relative clause describes the speaker; the head speaks.
                if (c == 0 && tokens[comma + 1].Text.ToLowerInvariant() is "which" or "who" or "whose") return (h.First, h.Last);
                if (LooksLikeName(tokens, h.First, h.Last) || LooksLikeName(tokens, comma + 1, appositiveEnd)) return (h.First, appositiveEnd);
            }
            return null;
        }

        var phrase = Collect(tokens, last, lowerBound);
        if (phrase is not { } p || !IsSpeakerLike(tokens, p.First, p.Last))
            return NearSomething(tokens, last, lowerBound) ?? DoingSomething(tokens, last, lowerBound) ?? Described(tokens, last, lowerBound);
        // "A note sent to the embassy said": whoever a document was sent to is not who speaks in it.
        if (IsRecipient(tokens, p.First, lowerBound)) return null;
        // "The administrator running the dairy group said": the group is what the speaker runs.
        if (p.First - 2 >= lowerBound && DoingSomething(tokens, p.Last, lowerBound) is { } doer && doer.First < p.First) return doer;
        return p;
    }

    private static readonly FrozenSet<string> SendingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "sent", "addressed", "delivered", "submitted", "handed", "written", "presented", "forwarded",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"Scorewell & Co.", "Roe & Partners": an ampersand with a capitalised word on each side is inside a name.</summary>
    public static bool IsAmpersandInName(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Text == "&" && !tokens[i].InQuote && i > 0 && i + 1 < tokens.Count && tokens[i - 1].IsCapitalised && tokens[i + 1].IsCapitalised;

    private static bool IsRecipient(IReadOnlyList<Token> tokens, int first, int lowerBound) =>
        first - 2 >= lowerBound && tokens[first - 1].Is("to") && SendingVerbs.Contains(tokens[first - 2].Text);

    /// <summary>The speaker phrase right after <paramref name="cue"/>: "…," said the minister.</summary>
    public static (int First, int Last)? After(IReadOnlyList<Token> tokens, int cue, int upperBound)
    {
        var first = cue + 1;
        if (first > upperBound || !tokens[first].IsWord || tokens[first].InQuote) return null;
        // "…," the general told a news conference: whoever follows "told" is spoken to, never the speaker.
        if (cue >= 0 && (tokens[cue].Is("told") || tokens[cue].Is("tells") || tokens[cue].Is("tell"))) return null;
        var last = first - 1;
        for (var i = first; i <= upperBound && i - first < 10; i++)
        {
            var t = tokens[i];
            if (IsAmpersandInName(tokens, i) && i < upperBound) continue;
            if (!t.IsWord || t.InQuote) break;
            if (Lexicon.Prepositions.Contains(t.Text) && !(i > 0 && Lexicon.SeatNouns.Contains(tokens[i - 1].Text) && t.Is("in"))) break;
            if (t.Is("and") && i + 1 <= upperBound && !tokens[i + 1].IsCapitalised) break;
            if (t.Is("in") && i > first && Lexicon.SeatNouns.Contains(tokens[i - 1].Text)) { last = i; continue; }
            if (!IsPhraseWord(t) && !Lexicon.Pronouns.Contains(t.Text)) break;
            last = i;
        }
        if (last < first) return null;
        while (last > first && (tokens[last].Is("of") || tokens[last].Is("for") || tokens[last].Is("and"))) last--;
        return IsSpeakerLike(tokens, first, last) ? (first, AppositiveEnd(tokens, first, last, upperBound)) : null;
    }

    /// <summary>
    /// "…, said Jane Roe, a spokeswoman for the carmaker": a name after the cue keeps the appositive that says whom it
    /// speaks for, up to the end of the clause; without one the phrase ends at the name.
    /// </summary>
    private static int AppositiveEnd(IReadOnlyList<Token> tokens, int first, int last, int upperBound)
    {
        if (!LooksLikeName(tokens, first, last) || last + 2 > upperBound || tokens[last + 1].Text != ","
            || !(tokens[last + 2].Is("a") || tokens[last + 2].Is("an") || tokens[last + 2].Is("the"))) return last;
        var end = last;
        var speaks = false;
        for (var j = last + 2; j <= upperBound && j - last <= 14; j++)
        {
            if (!tokens[j].IsWord || tokens[j].InQuote) break;
            speaks |= IsSpeakerNoun(tokens[j]);
            end = j;
        }
        while (end > last && (tokens[end].Is("of") || tokens[end].Is("for") || tokens[end].Is("and") || tokens[end].Is("at"))) end--;
        return speaks ? end : last;
    }

    public static int SkipInterposedBackward(IReadOnlyList<Token> tokens, int index, int lowerBound)
    {
        while (index >= lowerBound)
        {
            var t = tokens[index];
            if (t.IsWord && Lexicon.Interposed.Contains(t.Text) && !t.IsCapitalised) { index--; continue; }
            // "China on Thursday said", "the ministry last week said"
            if (t.IsWord && index - 1 >= lowerBound && (Lexicon.Weekdays.Contains(t.Text) || t.Is("week") || t.Is("month") || t.Is("year"))
                && (tokens[index - 1].Is("on") || tokens[index - 1].Is("last") || tokens[index - 1].Is("this")) && !tokens[index - 1].IsCapitalised)
            {
                index -= 2;
                continue;
            }
            break;
        }
        return index;
    }

    private static (int First, int Last)? Collect(IReadOnlyList<Token> tokens, int last, int lowerBound)
    {
        if (last < lowerBound || !tokens[last].IsWord || tokens[last].InQuote) return null;
        if (Lexicon.Pronouns.Contains(tokens[last].Text))
            return last == lowerBound || !tokens[last - 1].IsWord || tokens[last - 1].InQuote
                || !(Lexicon.Prepositions.Contains(tokens[last - 1].Text) || Lexicon.Determiners.Contains(tokens[last - 1].Text) || tokens[last - 1].Is("of"))
                ? (last, last)
                : null;

        var first = last;
        for (var i = last; i >= lowerBound && last - i < 12; i--)
        {
            var t = tokens[i];
            if (t.InQuote) break;
            if (!t.IsWord)
            {
                // "Scorewell & Co.": an ampersand between names joins one name.
                if (IsAmpersandInName(tokens, i) && i > lowerBound && i < last) { first = i; continue; }
                // Ivo "Ace" Kral: the marks around a nickname sit inside the name.
                if (QuoteScanner.IsQuoteMark(t.Text[0]) && i > lowerBound && i < last && tokens[i - 1].IsCapitalised && tokens[i + 1].IsCapitalised)
                {
                    first = i;
                    continue;
                }
                // "the two companies' founders": a plural possessive's apostrophe belongs to the phrase.
                if (t.Text is "'" or "\u2019" && i - 1 >= lowerBound && tokens[i - 1].End == t.Start && tokens[i - 1].Text.EndsWith('s')
                    && i < last) { first = i; continue; }
                break;
            }
            // "a source close to the president", "people familiar with the talks": who the source is near, not who speaks.
            if (i - 2 >= lowerBound && IsNearness(tokens, i) && IsSpeakerNoun(tokens[i - 2]))
            {
                first = i - 1;
                i--;
                continue;
            }
            if (Lexicon.PlacePrepositions.Contains(t.Text) && !t.IsCapitalised)
            {
                // A place phrase belongs to the speaker before it ("a diplomat in Tokyo", "China's embassy in London");
                // with no speaker before it, the place is not the speaker ("a briefing in Brussels said" finds none).
                if (i - 1 >= lowerBound && IsSpeakerNoun(tokens[i - 1])) { first = i; continue; }
                return null;
            }
            if (!IsPhraseWord(t) && !IsAdjectiveBeforeHead(tokens, i, last)) break;
            first = i;
            // A determiner opens the phrase unless it sits inside "of the …" / "for the …".
            if (Lexicon.Determiners.Contains(t.Text) && !(i - 1 >= lowerBound && (tokens[i - 1].Is("of") || tokens[i - 1].Is("for") || tokens[i - 1].Is("and")))
                && !LocatesSpeaker(tokens, i - 1, lowerBound)) break;
        }
        // Drop clause openers and time words the phrase swept up: "But", "On Thursday", "Last month".
        while (first < last && (Lexicon.LeadingNoise.Contains(tokens[first].Text) || TimeExpressions.IsCalendarWord(tokens, first) || tokens[first].Is("of") || tokens[first].Is("for") || tokens[first].Is("and")
               || tokens[first].Is("week") || tokens[first].Is("month") || tokens[first].Is("year")))
            first++;
        return (first, last);
    }

    /// <summary>"sources in the regional government", "officials at the ministry": a place preposition after a speaker noun.</summary>
    private static bool LocatesSpeaker(IReadOnlyList<Token> tokens, int preposition, int lowerBound) =>
        preposition - 1 >= lowerBound && Lexicon.PlacePrepositions.Contains(tokens[preposition].Text) && !tokens[preposition].IsCapitalised
        && IsSpeakerNoun(tokens[preposition - 1])
        || preposition - 2 >= lowerBound && IsNearness(tokens, preposition) && IsSpeakerNoun(tokens[preposition - 2]);

    /// <summary>"people familiar with the matter", "a source close to the talks": a source placed near a thing, not a speaker.</summary>
    private static (int First, int Last)? NearSomething(IReadOnlyList<Token> tokens, int last, int lowerBound)
    {
        for (var j = last; j >= lowerBound + 2 && last - j < 8; j--)
        {
            if (!tokens[j].IsWord || tokens[j].InQuote) return null;
            if (!IsNearness(tokens, j) || !IsSpeakerNoun(tokens[j - 2])) continue;
            return Collect(tokens, j - 2, lowerBound) is { } head ? (head.First, last) : null;
        }
        return null;
    }

    /// <summary>
    /// "The administrator running the bankrupt group said", "the judge overseeing the case said": a speaker noun with a
    /// participle saying what the speaker does; the noun heads the phrase.
    /// </summary>
    private static (int First, int Last)? DoingSomething(IReadOnlyList<Token> tokens, int last, int lowerBound)
    {
        for (var j = last - 1; j >= lowerBound + 1 && last - j < 7; j--)
        {
            var t = tokens[j];
            if (!t.IsWord || t.InQuote) return null;
            if (t.IsCapitalised || t.Text.Length < 6 || !t.Text.EndsWith("ing", StringComparison.Ordinal) || !IsSpeakerNoun(tokens[j - 1])) continue;
            return Collect(tokens, j - 1, lowerBound) is { } head && IsSpeakerLike(tokens, head.First, head.Last) ? (head.First, last) : null;
        }
        return null;
    }

    /// <summary>
    /// "An official in charge of the talks said", "a diplomat with knowledge of the plan said", "an official who asked not
    /// to be named said": a speaker noun with what the speaker handles or why it goes unnamed after it; the noun heads the phrase.
    /// </summary>
    private static (int First, int Last)? Described(IReadOnlyList<Token> tokens, int last, int lowerBound)
    {
        var words = tokens.Take(last + 1).Select(t => t.Text).ToArray();
        for (var j = last; j >= lowerBound + 1 && last - j < 10; j--)
        {
            if (!tokens[j].IsWord || tokens[j].InQuote) return null;
            // "employees who reported to them": a description says something before the cue, or it is a clause of its own.
            if (j == last || !IsSpeakerNoun(tokens[j - 1]) || !OpensDescription(words, j)) continue;
            return Collect(tokens, j - 1, lowerBound) is { } head && IsSpeakerLike(tokens, head.First, head.Last) ? (head.First, last) : null;
        }
        return null;
    }

    /// <summary>
    /// Whether the word at <paramref name="at"/> opens a description of an unnamed speaker: "in charge of", "with knowledge
    /// of", "involved in", "who". Shared by the phrase finder and the resolver, which strips the description again.
    /// </summary>
    public static bool OpensDescription(IReadOnlyList<string> words, int at)
    {
        var word = words[at];
        if (word.Length == 0 || char.IsUpper(word[0])) return false;
        if (word.Equals("in", StringComparison.OrdinalIgnoreCase)) return at + 1 < words.Count && words[at + 1].Equals("charge", StringComparison.OrdinalIgnoreCase);
        if (word.Equals("with", StringComparison.OrdinalIgnoreCase)) return words.Skip(at + 1).Take(3).Any(w => w.Equals("knowledge", StringComparison.OrdinalIgnoreCase));
        return DescriptionOpeners.Contains(word);
    }

    private static readonly FrozenSet<string> DescriptionOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "who", "involved", "responsible", "briefed", "knowledgeable",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"close to", "familiar with": the words that place an unnamed source near someone.</summary>
    private static bool IsNearness(IReadOnlyList<Token> tokens, int preposition) =>
        preposition >= 1 && (tokens[preposition].Is("to") && tokens[preposition - 1].Is("close")
                             || tokens[preposition].Is("with") && tokens[preposition - 1].Is("familiar"));

    private static readonly FrozenSet<string> NotAdjectives = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "were", "are", "be", "been", "has", "have", "had", "that", "which", "who", "to", "not", "it", "this", "what",
        "when", "where", "why", "how", "if", "so", "as", "than", "then", "but", "or", "nor", "by", "with", "also", "would", "will",
        "could", "should", "can", "may", "might", "must", "do", "does", "did", "one's", "he", "she", "they", "we", "i", "you",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A plain lower-case word right before a speaker noun reads as its adjective: "several cast members".</summary>
    private static bool IsAdjectiveBeforeHead(IReadOnlyList<Token> tokens, int i, int last)
    {
        var t = tokens[i];
        if (!t.IsWord || t.InQuote || t.IsCapitalised || i >= last || NotAdjectives.Contains(t.Text)) return false;
        // "state-owned", "Kremlin-backed": a hyphened participle describes whoever it is put before, as any adjective does.
        var compound = t.Text.Contains('-', StringComparison.Ordinal) && t.Text.EndsWith("ed", StringComparison.Ordinal);
        if (!compound && (t.Text.EndsWith("ed", StringComparison.Ordinal) || t.Text.EndsWith("ing", StringComparison.Ordinal) || t.Text.EndsWith("ly", StringComparison.Ordinal))) return false;
        var next = tokens[i + 1];
        return IsSpeakerNoun(next) || IsAdjectiveBeforeHead(tokens, i + 1, last) && i + 2 <= last && IsSpeakerNoun(tokens[i + 2]);
    }

    // "the credit agency's Nordic arm": a possessive speaker noun still heads its modifiers.
    private static bool IsSpeakerNoun(Token t) =>
        Lexicon.PersonNouns.Contains(t.Text) || Lexicon.OrgNouns.Contains(t.Text) || Lexicon.SeatNouns.Contains(t.Text) || Lexicon.ReportNouns.Contains(t.Text)
        || Lexicon.PersonNouns.Contains(t.Bare) || Lexicon.OrgNouns.Contains(t.Bare);

    // "the third-largest Ardenian carmaker", "the country's biggest lender": a rank describes the speaker.
    private static bool IsRank(Token t) =>
        t.Text.EndsWith("largest", StringComparison.OrdinalIgnoreCase) || t.Text.EndsWith("biggest", StringComparison.OrdinalIgnoreCase);

    /// <summary>"al-Abideen", "el-Sayed": a name whose particle is written in lower case.</summary>
    private static bool IsParticleName(Token t)
    {
        var hyphen = t.Text.IndexOf('-');
        return hyphen is > 0 and <= 3 && hyphen + 1 < t.Text.Length && char.IsUpper(t.Text[hyphen + 1]);
    }

    private static bool IsPhraseWord(Token t) =>
        t.IsWord && !t.InQuote && (t.IsCapitalised || IsParticleName(t) || char.IsDigit(t.Text[0]) || Lexicon.Modifiers.Contains(t.Text) || IsRank(t)
            || Lexicon.PersonNouns.Contains(t.Text) || Lexicon.OrgNouns.Contains(t.Text) || Lexicon.ReportNouns.Contains(t.Text)
            || Lexicon.PersonNouns.Contains(t.Bare) || Lexicon.OrgNouns.Contains(t.Bare));

    /// <summary>A phrase can speak when its head is a name, a pronoun or a speaker noun.</summary>
    public static bool IsSpeakerLike(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (first == last && Lexicon.Pronouns.Contains(tokens[first].Text)) return true;
        for (var i = first; i <= last; i++)
        {
            var t = tokens[i];
            if (Lexicon.PersonNouns.Contains(t.Text) || Lexicon.OrgNouns.Contains(t.Text) || Lexicon.ReportNouns.Contains(t.Text)) return true;
            if (Lexicon.Determiners.Contains(t.Text) || Lexicon.Modifiers.Contains(t.Text) && !t.IsCapitalised) continue;
            if (Lexicon.LeadingNoise.Contains(t.Text) || TimeExpressions.IsCalendarWord(tokens, i)) continue;
            if (t.IsCapitalised || Lexicon.PersonNouns.Contains(t.Text) || Lexicon.OrgNouns.Contains(t.Text) || Lexicon.ReportNouns.Contains(t.Text))
                return true;
        }
        return false;
    }

    private static bool LooksLikeName(IReadOnlyList<Token> tokens, int first, int last)
    {
        for (var i = first; i <= last; i++)
            if (tokens[i].IsCapitalised) return true;
        return false;
    }
}
