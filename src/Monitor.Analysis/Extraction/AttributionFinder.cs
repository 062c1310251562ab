using System.Collections.Frozen;

namespace Monitor.Analysis.Extraction;

/// <summary>
/// Reads one unit and says who said what in it, trying the rules from the most to the least
/// explicit: a quote with its attribution (quote first, or speaker first with a colon or comma),
/// "according to", reported speech with the speaker before the cue, then with the content before
/// it ("…, the ministry said"). A quote with no attribution at all is handed back as a
/// continuation of the previous speaker. Cues inside quotes never count.
/// </summary>
internal static class AttributionFinder
{
    private const int MinimumContentWords = 2;

    /// <summary>The attributions in a unit: the main one, then any participle that adds to it ("…, adding that …").</summary>
    public static List<Attribution> FindAll(string text, TextUnit unit, IReadOnlyList<Token> tokens)
    {
        var found = new List<Attribution>(2);
        var main = Find(text, unit, tokens);
        if (main is not null) found.Add(main);
        var coordinated = FindCoordinated(tokens, main);
        if (coordinated is not null)
        {
            // "X says A and said B" is two statements: A ends where the second cue's "and" begins.
            if (main is not null && main.Content.Count == 1 && main.Content[0].Start < coordinated.CueStart && coordinated.CueStart < main.Content[0].End)
            {
                var andIndex = tokens.ToList().FindIndex(t => t.Start >= coordinated.CueStart) - 1;
                var end = andIndex - 1;
                while (end > 0 && !tokens[end].IsWord && !QuoteScanner.IsQuoteMark(tokens[end].Text[0])) end--;
                if (end >= 0 && tokens[end].End > main.Content[0].Start) found[0] = main with { Content = [(main.Content[0].Start, tokens[end].End)] };
            }
            found.Add(coordinated);
        }
        else if (main is not null && FindSecondClause(tokens, main) is { } second)
        {
            found[0] = main.Content.Count == 1 && main.Content[0].End > second.Boundary
                ? main with { Content = [(main.Content[0].Start, Math.Max(main.Content[0].Start + 1, second.MainEnd))] }
                : main;
            found.Add(second.Attribution);
        }
        var participle = FindParticiple(tokens, found.Count > 0 ? found[^1] : null);
        if (participle is not null) found.Add(participle);
        return found;
    }

    private static readonly FrozenSet<string> ClauseConjunctions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "while", "but", "whereas", "and", "though", "although", "yet",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Seoul declined to comment, while a spokesman for the presidential office said …": a second
    /// clause with a speaker of its own. Returns it with where the first statement's content must end.
    /// </summary>
    private static (Attribution Attribution, int Boundary, int MainEnd)? FindSecondClause(IReadOnlyList<Token> tokens, Attribution main)
    {
        for (var k = 2; k < tokens.Count; k++)
        {
            if (tokens[k].Start <= main.CueEnd || !SpeechCues.IsCue(tokens[k], tokens, k)) continue;
            var boundary = -1;
            for (var j = k - 1; j > 1 && tokens[j].Start > main.CueEnd; j--)
            {
                if (tokens[j].InQuote) continue;
                if (tokens[j].Text == ";" || tokens[j - 1].Text == "," && ClauseConjunctions.Contains(tokens[j].Text)) { boundary = j; break; }
            }
            if (boundary < 0) continue;
            var speaker = SpeakerPhrase.Before(tokens, k, boundary + 1);
            if (speaker is not { } s) continue;
            var start = ContentStart(tokens, k, tokens[k].Text);
            if (start < 0 || CountWords(tokens, start, tokens.Count - 1) < MinimumContentWords) continue;
            var mainEndToken = tokens[boundary].Text == ";" ? boundary - 1 : boundary - 2;
            var attribution = new Attribution(tokens[s.First].Start, tokens[s.Last].End, tokens[k].Start, tokens[k].End, tokens[k].Text,
                [(tokens[start].Start, LastContentEnd(tokens, start))], false, "second-clause");
            return (attribution, tokens[boundary].Start, tokens[Math.Max(0, mainEndToken)].End);
        }
        return null;
    }

    /// <summary>"Mr. Schultz backed Democrats and said he did not support Mr. Trump": the unit's subject speaks.</summary>
    private static Attribution? FindCoordinated(IReadOnlyList<Token> tokens, Attribution? main)
    {
        for (var k = 2; k < tokens.Count; k++)
        {
            if (!tokens[k - 1].Is("and") || tokens[k - 1].InQuote || !SpeechCues.IsCue(tokens[k], tokens, k)) continue;
            if (main is not null && tokens[k].Start <= main.CueStart) continue;
            var cue = tokens[k].Text;
            var start = ContentStart(tokens, k, cue);
            if (start < 0 || CountWords(tokens, start, tokens.Count - 1) < 3) continue;

            int? speakerStart = main?.SpeakerStart, speakerEnd = main?.SpeakerEnd;
            if (main is null)
            {
                var first = 0;
                while (first < k && tokens[first].IsWord && Lexicon.LeadingNoise.Contains(tokens[first].Text)) first++;
                var subject = first < k ? SpeakerPhrase.After(tokens, first - 1, k - 2) : null;
                if (subject is not { } s || !tokens[s.First].IsCapitalised && !Lexicon.Determiners.Contains(tokens[s.First].Text)) return null;
                speakerStart = tokens[s.First].Start;
                speakerEnd = tokens[s.Last].End;
            }
            if (speakerStart is null) return null;
            var content = (tokens[start].Start, LastContentEnd(tokens, start));
            return new Attribution(speakerStart, speakerEnd, tokens[k].Start, tokens[k].End, cue, [content], false, "coordinated");
        }
        return null;
    }

    public static Attribution? Find(string text, TextUnit unit, IReadOnlyList<Token> tokens)
    {
        if (tokens.Count == 0) return null;
        var labelled = FindLabelled(tokens);
        if (labelled is not null) return labelled;
        if (unit.Quotes.Count > 0)
        {
            var direct = FindDirect(text, unit, tokens);
            if (direct is not null) return direct;
        }
        return FindAccordingTo(tokens, unit) ?? FindNominal(tokens) ?? FindReported(tokens, unit);
    }

    /// <summary>Labels that open a paragraph with a colon but name no speaker.</summary>
    private static readonly FrozenSet<string> NonSpeakerLabels = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "analysis", "update", "updated", "note", "editor's", "watch", "read", "photo", "source", "sources", "related", "breaking",
        "exclusive", "opinion", "video", "live", "correction", "background", "context", "explainer", "q", "a", "question", "answer",
        "more", "see", "also", "warning", "caption", "credit", "getty", "reuters", "ap", "afp", "here", "this", "why", "what", "how",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Transcript style: "Lin Wei: We oppose …" at the start of a unit.</summary>
    private static Attribution? FindLabelled(IReadOnlyList<Token> tokens)
    {
        var colon = -1;
        for (var i = 0; i < tokens.Count && i <= 4; i++)
        {
            if (tokens[i].Text == ":" && !tokens[i].InQuote) { colon = i; break; }
            if (!tokens[i].IsCapitalised || tokens[i].InQuote || NonSpeakerLabels.Contains(tokens[i].Plain)) return null;
        }
        if (colon < 1 || colon > 3 || CountWords(tokens, colon + 1, tokens.Count - 1) < 3) return null;
        // A headline in title case ("Stealth Over Health: Clinton Was Headed …") labels nothing.
        var words = tokens.Skip(colon + 1).Where(t => t.IsWord && t.Text.Length > 3).ToList();
        if (words.Count > 0 && words.Count(t => t.IsCapitalised) * 2 > words.Count) return null;
        var content = Trimmed(tokens, colon + 1, tokens.Count - 1);
        var direct = QuoteScanner.IsQuoteMark(tokens[colon + 1].Text[0]);
        if (direct) content = (tokens[colon + 1].End, content.End - (QuoteScanner.IsQuoteMark(tokens[^1].Text[0]) ? 1 : 0));
        return new Attribution(tokens[0].Start, tokens[colon - 1].End, tokens[colon].Start, tokens[colon].End, ":", [content], direct, "speaker-label");
    }

    private static readonly FrozenSet<string> StatementNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "statement", "statements", "post", "letter", "tweet", "release", "message", "note", "communique", "communiqué",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "…, saying the plan was unwise": the participle adds a statement by the main speaker, or by
    /// the subject that opens the unit when nothing else attributed it.
    /// </summary>
    private static Attribution? FindParticiple(IReadOnlyList<Token> tokens, Attribution? main)
    {
        for (var k = 1; k + 1 < tokens.Count; k++)
        {
            // ", saying …", or "issued a statement saying …"
            if (SpeechCues.ParticipleCue(tokens, k) is not { } cue) continue;
            if (tokens[k - 1].Text != "," && !StatementNouns.Contains(tokens[k - 1].Text) && !(k >= 2 && IsLinkedParticiple(tokens, k - 2))) continue;
            var start = TimeExpressions.Skip(tokens, k + 1);
            if (start < tokens.Count && tokens[start].Text is "," or ":") start++;
            if (start < tokens.Count && tokens[start].Is("that")) start++;
            if (start >= tokens.Count || CountWords(tokens, start, tokens.Count - 1) < 3) continue;
            if (main is not null && main.Content.Any(c => c.Start <= tokens[start].Start && tokens[start].Start < c.End)) continue;

            int? speakerStart = main?.SpeakerStart, speakerEnd = main?.SpeakerEnd;
            if (main is null)
            {
                var first = 0;
                while (first < k && tokens[first].IsWord && Lexicon.LeadingNoise.Contains(tokens[first].Text)) first++;
                var subject = first < k ? SpeakerPhrase.After(tokens, first - 1, k - 1) : null;
                if (subject is not { } s) return null;
                speakerStart = tokens[s.First].Start;
                speakerEnd = tokens[s.Last].End;
            }
            if (speakerStart is null) return null;
            var content = (tokens[start].Start, LastContentEnd(tokens, start));
            return new Attribution(speakerStart, speakerEnd, tokens[k].Start, tokens[k].End, cue, [content], false, "participle");
        }
        return null;
    }

    /// <summary>Verbs that end the content of "X's remarks that …" and begin what the sentence says about the remarks.</summary>
    private static readonly FrozenSet<string> ReactionVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "drew", "came", "were", "was", "sparked", "prompted", "followed", "caused", "angered", "triggered", "provoked", "echoed",
        "met", "surprised", "raised", "have", "has", "had",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"Zhao's remarks that Japan was "stirring up trouble" drew …": the possessor said what follows "that".</summary>
    private static Attribution? FindNominal(IReadOnlyList<Token> tokens)
    {
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            var noun = tokens[i];
            if (!noun.IsWord || noun.InQuote || !Lexicon.SayingNouns.TryGetValue(noun.Text, out var cue) || !tokens[i + 1].Is("that")) continue;
            var owner = tokens[i - 1];
            if (!owner.IsWord || owner.Bare.Length == owner.Text.Length) continue;
            var first = i - 1;
            while (first - 1 >= 0 && tokens[first - 1].IsCapitalised && !tokens[first - 1].InQuote) first--;
            if (!tokens[first].IsCapitalised) continue;
            var start = i + 2;
            var end = start;
            while (end < tokens.Count && !(tokens[end].Text is "," or ";" && !tokens[end].InQuote) && !(ReactionVerbs.Contains(tokens[end].Text) && !tokens[end].InQuote && end > start + 1)) end++;
            if (CountWords(tokens, start, end - 1) < MinimumContentWords) continue;
            var content = Trimmed(tokens, start, end - 1);
            return new Attribution(tokens[first].Start, owner.End - 2, noun.Start, noun.End, cue, [content], false, "possessive-remarks");
        }
        return null;
    }

    private const int MaxTitleWords = 6;

    private static bool IsQuotedTitle(string text, QuoteSpan quote, IReadOnlyList<Token> tokens, int next)
    {
        var inner = text[quote.ContentStart..Math.Min(quote.ContentEnd, text.Length)].Trim();
        if (inner.Length == 0 || char.IsPunctuation(inner[^1]) || !char.IsUpper(inner[0])) return false;
        if (inner.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxTitleWords) return false;
        var following = tokens[next];
        return following.IsWord && !following.IsCapitalised && !Lexicon.Pronouns.Contains(following.Text) && !SpeechCues.IsCue(following, tokens, next);
    }

    private static Attribution? FindDirect(string text, TextUnit unit, IReadOnlyList<Token> tokens)
    {
        var quotes = unit.Quotes;
        var firstQuote = quotes[0];
        var contents = quotes
            .Select(q => Trimmed(text, q.ContentStart, Math.Min(q.ContentEnd, unit.End)))
            .Where(range => range.End > range.Start)
            .ToArray();
        if (contents.Length == 0) return null;

        var firstQuoteToken = IndexAt(tokens, firstQuote.Open);
        var leadingWords = tokens.Take(firstQuoteToken).Count(t => t.IsWord);

        if (leadingWords == 0)
        {
            // Quote first: the attribution sits in the words after the first quote.
            var segmentStart = tokens.ToList().FindIndex(t => t.Start > firstQuote.Close);
            if (segmentStart < 0) return Continuation(contents, unit);
            // "“Night Harbour” will open on Friday, the studio said": a short quoted title that the sentence
            // goes on from is a name inside what was said, not the words said.
            if (IsQuotedTitle(text, firstQuote, tokens, segmentStart)) return null;
            var segmentEnd = quotes.Count > 1 ? IndexAt(tokens, quotes[1].Open) - 1 : tokens.Count - 1;
            // "“…” ― Name": a dash after the quote signs it.
            if (segmentStart <= segmentEnd && tokens[segmentStart].Text is "\u2015" or "\u2014" or "\u2013" or "-")
            {
                var signer = SpeakerPhrase.After(tokens, segmentStart, segmentEnd);
                if (signer is { } sg && tokens[sg.First].IsCapitalised) return Make(tokens, sg, segmentStart, segmentStart, contents[..1], true, "quote-dash");
            }
            var frameWords = 0;
            for (var i = segmentStart; i <= segmentEnd; i++)
            {
                if (tokens[i].InQuote) continue;
                if (tokens[i].IsWord) frameWords++;
                if (IsAccordingTo(tokens, i))
                {
                    var source = SpeakerPhrase.After(tokens, i + 1, segmentEnd);
                    if (source is { } s) return Make(tokens, s, i, i + 1, contents, true, "quote-first-according-to");
                }
                if (!SpeechCues.IsCue(tokens[i], tokens, i)) continue;
                var before = SpeakerPhrase.Before(tokens, i, segmentStart);
                var after = before is null ? SpeakerPhrase.After(tokens, i, segmentEnd) : null;
                // The second half of a split quote belongs here only when nothing but the attribution sits between the halves.
                var attributionEnd = after is { } af ? af.Last : i;
                var split = quotes.Count > 1 && IsBareAttributionTail(tokens, attributionEnd + 1, segmentEnd);
                var own = split ? contents : contents[..1];
                var rule = split ? "split-quote" : "quote-first";
                if (before is { } b) return Make(tokens, b, i, i, own, true, rule);
                if (after is { } a) return Make(tokens, a, i, i, own, true, rule);
                return new Attribution(null, null, tokens[i].Start, tokens[i].End, tokens[i].Text, own, true, "quote-first-same-speaker");
            }
            // A quote with a few words of its own after it ("…tax increase" for the top bracket) still carries on its speaker.
            var quotedWords = tokens.Count(t => t.IsWord && t.InQuote);
            return frameWords <= 2 || quotedWords >= 3 * frameWords ? Continuation(contents, unit) : null;
        }

        // Speaker first: "X said: "…"" or "X said, "…"".
        var lastBefore = firstQuoteToken - 1;
        if (lastBefore < 0 || tokens[lastBefore].Text is not (":" or ",")) return null;
        for (var i = lastBefore - 1; i >= 0; i--)
        {
            if (IsAccordingTo(tokens, i))
            {
                var source = SpeakerPhrase.After(tokens, i + 1, lastBefore - 1);
                if (source is { } s) return Make(tokens, s, i, i + 1, contents, true, "speaker-first-according-to");
            }
            if (!SpeechCues.IsCue(tokens[i], tokens, i)) continue;
            var before = SpeakerPhrase.Before(tokens, i, 0);
            if (before is { } b) return Make(tokens, b, i, i, contents, true, "speaker-first-quote");
            var after = SpeakerPhrase.After(tokens, i, lastBefore - 1);
            if (after is { } a) return Make(tokens, a, i, i, contents, true, "speaker-first-quote");
            return null;
        }
        return null;
    }

    private static bool IsBareAttributionTail(IReadOnlyList<Token> tokens, int from, int to)
    {
        var i = TimeExpressions.Skip(tokens, from);
        for (; i <= to && i < tokens.Count; i++)
            if (tokens[i].IsWord && !tokens[i].InQuote) return false;
        return true;
    }

    private static Attribution Continuation((int Start, int End)[] contents, TextUnit unit) =>
        new(null, null, unit.Start, unit.Start, "", contents, true, "quote-continuation");

    private static Attribution? FindAccordingTo(IReadOnlyList<Token> tokens, TextUnit unit)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!IsAccordingTo(tokens, i)) continue;
            // "Jobs acknowledged that, according to the carrier's data, the phone drops more calls": the source is one the
            // speaker cites inside what he says; the speaker is the one who said it.
            if (i >= 2 && (tokens[i - 1].Is("that") || tokens[i - 1].Text == "," && tokens[i - 2].Is("that"))) continue;
            var commaAfter = NextIndex(tokens, i + 2, t => t.Text is "," or "." or ";" || t.InQuote);
            var sourceEnd = (commaAfter < 0 ? tokens.Count : commaAfter) - 1;
            // Whatever follows "according to" is the source, speaker-like or not ("according to exit polls").
            if (sourceEnd < i + 2 || sourceEnd - (i + 2) > 14) continue;
            (int First, int Last) s = (i + 2, sourceEnd);

            // "CONTENT, according to X." / "According to X, CONTENT." / "NATO, according to X, plans …"
            var before = i > 0 && tokens[i - 1].Text == "," ? (tokens[0].Start, tokens[i - 1].Start) : (tokens[0].Start, tokens[i].Start);
            var afterStart = s.Last + 1 < tokens.Count && tokens[s.Last + 1].Text == "," ? s.Last + 2 : s.Last + 1;
            (int Start, int End) content;
            if (CountWords(tokens, 0, i - 1) >= 3) content = CountWords(tokens, afterStart, tokens.Count - 1) >= 3 ? (tokens[0].Start, LastContentEnd(tokens)) : before;
            else if (afterStart < tokens.Count) content = (tokens[afterStart].Start, LastContentEnd(tokens));
            else continue;
            if (content.End <= content.Start) continue;
            // "A committee meeting said X, according to the state news agency": the meeting speaks; the agency only carried it.
            var carried = i > 3 ? FindReported(tokens.Take(tokens[i - 1].Text == "," ? i - 1 : i).ToList(), unit) : null;
            if (carried is not null && carried.Rule is "speaker-first-reported" or "speaker-first-object") return carried;
            return new Attribution(tokens[s.First].Start, tokens[s.Last].End, tokens[i].Start, tokens[i + 1].End, "according to", [content], false, "according-to");
        }
        return null;
    }

    private static Attribution? FindReported(IReadOnlyList<Token> tokens, TextUnit unit)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!SpeechCues.IsCue(tokens[k], tokens, k)) continue;
            var cue = SpeechCues.Naming(tokens, k) ? "described" : tokens[k].Text;
            var clauseStart = ClauseStart(tokens, k);
            var before = SpeakerPhrase.Before(tokens, k, clauseStart);
            (int First, int Last)? after = null;
            if (before is null && k > 0 && tokens[k - 1].Text == ",") after = SpeakerPhrase.After(tokens, k, tokens.Count - 1);

            var speaker = before ?? after;
            if (speaker is not { } s) continue;
            if (before is { } relative && IsObjectRelative(tokens, relative, k)) continue;

            // Content first: "…, the ministry said (on Monday, citing …)."
            var speakerFirstToken = before is { } bb ? bb.First : k;
            var commaBefore = speakerFirstToken - 1;
            var tailStart = after is { } aa ? aa.Last + 1 : k + 1;
            if (commaBefore > 0 && IsClauseSeparator(tokens, commaBefore) && IsAdjunctTail(tokens, tailStart, cue)
                && CountWords(tokens, 0, commaBefore - 1) >= 1)
            {
                var content = Trimmed(tokens, 0, commaBefore - 1);
                // "Local officials, he said, should be vigilant": the content resumes after the aside.
                var resume = SkipAttributionTail(tokens, tailStart, cue);
                if (resume < tokens.Count && tokens[resume].Text == "," && CountWords(tokens, resume + 1, tokens.Count - 1) >= 3
                    && !Lexicon.AdjunctStarters.Contains(tokens[Math.Min(resume + 1, tokens.Count - 1)].Text)
                    // ", a dramatic turn a day after …", ", a move that …": a phrase about the news, not more of what was said.
                    && !(tokens[resume + 1].Is("a") || tokens[resume + 1].Is("an"))
                    // ", accusing both of …", ", citing …": a participle is a second act of the speaker (its own statement
                    // when it is a speech verb), not the rest of the first.
                    && !IsTrailingParticiple(tokens[resume + 1]))
                {
                    var rest = (tokens[resume + 1].Start, LastContentEnd(tokens));
                    return new Attribution(tokens[s.First].Start, tokens[s.Last].End, tokens[k].Start, tokens[k].End, cue, [content, rest], false, "parenthetical");
                }
                if (CountWords(tokens, 0, commaBefore - 1) >= 3)
                    return new Attribution(tokens[s.First].Start, tokens[s.Last].End, tokens[k].Start, tokens[k].End, cue, [content], false, "content-first");
            }
            if (before is null) continue;

            // Speaker first: "X said (on Thursday) (that) CONTENT".
            var start = ContentStart(tokens, k, cue);
            if (start < 0 || CountWords(tokens, start, tokens.Count - 1) < MinimumContentWords) continue;
            // "added on Twitter", "said of the report": a prepositional tail is not what was said.
            if ((Lexicon.Prepositions.Contains(tokens[start].Text) || tokens[start].Is("of")) && !SpeechCues.TakesObjectContent(cue)
                && CountWords(tokens, start, tokens.Count - 1) <= 4) continue;
            var reported = (tokens[start].Start, LastContentEnd(tokens, start));
            // "Russia responded in kind on Saturday, ordering 23 diplomats to leave": the manner is no content; the
            // participle clause says what the response was.
            if (ParticipleAfterShortAdjunct(tokens, start) is { } participle) reported = (tokens[participle].Start, LastContentEnd(tokens));
            return new Attribution(tokens[s.First].Start, tokens[s.Last].End, tokens[k].Start, tokens[k].End, cue, [reported], false,
                SpeechCues.TakesObjectContent(cue) ? "speaker-first-object" : "speaker-first-reported");
        }
        return null;
    }

    /// <summary>Words before a pronoun that end a clause or open one, so the pronoun is a subject of its own.</summary>
    private static readonly HashSet<string> ClauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "or", "nor", "that", "which", "who", "as", "because", "if", "when", "while", "after", "before", "so", "then",
        "also", "where", "since", "though", "although", "until", "unless", "now", "yet", "once", "whether", "what", "how", "why",
    };

    /// <summary>
    /// "Nearly eight times the net debt it reported in its last accounts": a pronoun right after a noun, with no words
    /// said after the cue, is a clause about that noun, not someone speaking.
    /// </summary>
    private static bool IsObjectRelative(IReadOnlyList<Token> tokens, (int First, int Last) speaker, int cue)
    {
        if (speaker.First != speaker.Last || speaker.First == 0 || !Lexicon.Pronouns.Contains(tokens[speaker.First].Text)) return false;
        var previous = tokens[speaker.First - 1].Text;
        if (!previous.All(char.IsLetter) || ClauseWords.Contains(previous) || SpeechCues.IsCue(tokens[speaker.First - 1], tokens, speaker.First - 1)) return false;
        return cue + 1 >= tokens.Count || tokens[cue + 1].Text is "," or "." or ";" || Lexicon.Prepositions.Contains(tokens[cue + 1].Text)
               && !(cue + 2 < tokens.Count && ContentStart(tokens, cue, tokens[cue].Text) is var start && start > cue + 1 && tokens[start - 1].Is("that"));
    }

    /// <summary>Index of the first content token after a speaker-first cue, or -1 when none follows.</summary>
    private static int ContentStart(IReadOnlyList<Token> tokens, int cue, string cueText)
    {
        var i = cue + 1;
        if ((cueText.Equals("called", StringComparison.OrdinalIgnoreCase) || cueText.Equals("calls", StringComparison.OrdinalIgnoreCase))
            && i < tokens.Count && (tokens[i].Is("for") || tokens[i].Is("on"))) i++;
        if (SpeechCues.IsTold(cueText)) i = SkipAudience(tokens, i);
        i = TimeExpressions.Skip(tokens, i);
        if (i < tokens.Count && tokens[i].Text is "," or ":") i++;
        if (i >= tokens.Count) return -1;
        // "told reporters as he left", "signalled in June, as it tries to …": a clause about the circumstances, not what was said.
        if (Subordinators.Contains(tokens[i].Text) && i + 1 < tokens.Count && Lexicon.Pronouns.Contains(tokens[i + 1].Text)) return -1;
        // "repeated that view on Tuesday" keeps "that", so the statement reads as the back-reference it is and is dropped.
        // "said that was wrong": "that" is the subject of the reported clause, so it stays in it.
        if (tokens[i].Is("that")) return IsDemonstrative(tokens, i) || IsSubjectPronoun(tokens, i) ? i : i + 1;
        if (tokens[i].Is("only") && i + 1 < tokens.Count && tokens[i + 1].Is("that")) return i + 2;
        if (!SpeechCues.TakesObjectContent(cueText) && Lexicon.Prepositions.Contains(tokens[i].Text))
        {
            // "said in March during a news conference that …"
            for (var j = i; j < tokens.Count && j - i < 16; j++)
            {
                if (tokens[j].Text is "." or ";" || tokens[j].InQuote) break;
                // "said on Twitter he was really sorry that …": the content began at its own subject; a later "that" is inside it.
                if (j > i && Lexicon.Pronouns.Contains(tokens[j].Text)) return j;
                if (tokens[j].Is("that")) return j + 1;
            }
        }
        return i;
    }

    /// <summary>A comma, or a closing quote mark right after one ("…at the top,'' Mr. Kamin said").</summary>
    private static bool IsClauseSeparator(IReadOnlyList<Token> tokens, int index) =>
        tokens[index].Text == ","
        || (QuoteScanner.IsQuoteMark(tokens[index].Text[0]) && index > 0 && tokens[index - 1].Text == ",");

    /// <summary>Past the audience of "told" and any time words: where an attribution's own words end.</summary>
    private static int SkipAttributionTail(IReadOnlyList<Token> tokens, int start, string cue)
    {
        var i = start;
        if (SpeechCues.IsTold(cue)) i = SkipAudience(tokens, i);
        return TimeExpressions.Skip(tokens, i);
    }

    private static bool IsAdjunctTail(IReadOnlyList<Token> tokens, int start, string cue)
    {
        var i = SkipAttributionTail(tokens, start, cue);
        if (i >= tokens.Count) return true;
        var t = tokens[i];
        if (!t.IsWord) return t.Text is "," or "." or ";" or "!" or "?" or ")" or ":" && (t.Text != ":" || i + 1 >= tokens.Count);
        return Lexicon.AdjunctStarters.Contains(t.Text) && !t.Is("that") && !LeadsToThatClause(tokens, i);
    }

    /// <summary>
    /// "said in a statement that it reaffirmed …": a short prepositional phrase, then what was said. The "that"
    /// opens a clause with its own subject; "in a statement that also warned …" is a relative clause and does not.
    /// </summary>
    private static bool LeadsToThatClause(IReadOnlyList<Token> tokens, int start)
    {
        if (!Lexicon.Prepositions.Contains(tokens[start].Text)) return false;
        for (var j = start + 1; j < tokens.Count - 1 && j - start < 10; j++)
        {
            if (!tokens[j].IsWord || tokens[j].InQuote) return false;
            if (!tokens[j].Is("that")) continue;
            var next = tokens[j + 1];
            return Lexicon.Pronouns.Contains(next.Text) || Lexicon.Determiners.Contains(next.Text)
                   || next.IsWord && char.IsUpper(next.Text[0]) || next.Text.Length > 0 && char.IsDigit(next.Text[0]);
        }
        return false;
    }

    private static readonly FrozenSet<string> Refusals = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "declined", "refused", "would", "did", "could", "stopped",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Subordinators = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "as", "while", "when", "before", "after", "because", "although", "though", "once",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static int SkipAudience(IReadOnlyList<Token> tokens, int i)
    {
        var start = i;
        var named = false;
        while (i < tokens.Count && i - start < 8 && tokens[i].IsWord && !tokens[i].InQuote
               && (tokens[i].IsCapitalised || Lexicon.AudienceWords.Contains(tokens[i].Text))
               && !tokens[i].Is("that") && !Subordinators.Contains(tokens[i].Text))
        {
            // "told reporters the talk was ridiculous": once the audience is named, a determiner opens what was said.
            var determiner = Lexicon.Determiners.Contains(tokens[i].Text);
            if (determiner && named) break;
            named |= !determiner;
            i++;
        }
        // "told a Catalan television station that …": an audience opened by a determiner runs on through its plain nouns
        // to the "that" which opens what was said.
        if (start < tokens.Count && Lexicon.Determiners.Contains(tokens[start].Text))
        {
            for (var j = i; j < tokens.Count && j - start < 8 && tokens[j].IsWord && !tokens[j].InQuote; j++)
            {
                if (tokens[j].Is("that")) return j;
                if (Lexicon.Pronouns.Contains(tokens[j].Text) || Lexicon.Determiners.Contains(tokens[j].Text) || Subordinators.Contains(tokens[j].Text)) break;
            }
        }
        return i;
    }

    private static int ClauseStart(IReadOnlyList<Token> tokens, int cue)
    {
        for (var i = cue - 1; i >= 0; i--)
            if (tokens[i].Text is ";" || tokens[i].Is("that") && !tokens[i].InQuote) return i + 1;
        return 0;
    }

    private static bool IsAccordingTo(IReadOnlyList<Token> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i].Is("according") && tokens[i + 1].Is("to") && !tokens[i].InQuote
        // "had to act according to the rules", "went according to plan": the manner of an act, not a source.
        && !(i > 0 && MannerVerbs.Contains(tokens[i - 1].Text));

    private static readonly HashSet<string> MannerVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "act", "acts", "acted", "acting", "proceed", "proceeds", "proceeded", "proceeding", "go", "goes", "went", "going", "gone",
        "behave", "behaves", "behaved", "operate", "operates", "operated", "operating", "run", "runs", "ran", "work", "works",
        "worked", "vary", "varies", "varied", "differ", "differs", "conduct", "conducted", "respond", "responded", "decide",
        "decided", "pay", "paid", "priced", "distributed", "allocated", "treated", "done",
    };

    private static Attribution Make(IReadOnlyList<Token> tokens, (int First, int Last) speaker, int cueFirst, int cueLast,
        (int Start, int End)[] contents, bool direct, string rule) =>
        new(tokens[speaker.First].Start, tokens[speaker.Last].End, tokens[cueFirst].Start, tokens[cueLast].End,
            cueFirst == cueLast ? tokens[cueFirst].Text : "according to", contents, direct, rule);

    private static int IndexAt(IReadOnlyList<Token> tokens, int offset)
    {
        for (var i = 0; i < tokens.Count; i++)
            if (tokens[i].Start >= offset) return i;
        return tokens.Count;
    }

    private static int NextIndex(IReadOnlyList<Token> tokens, int from, Func<Token, bool> predicate)
    {
        for (var i = from; i < tokens.Count; i++)
            if (predicate(tokens[i])) return i;
        return -1;
    }

    private static int CountWords(IReadOnlyList<Token> tokens, int first, int last)
    {
        var count = 0;
        for (var i = Math.Max(0, first); i <= last && i < tokens.Count; i++)
            if (tokens[i].IsWord) count++;
        return count;
    }

    /// <summary>
    /// End of reported content: a trailing participle clause (", implicitly putting his name on the
    /// line") describes the saying, not what was said, and is left out.
    /// </summary>
    private static int LastContentEnd(IReadOnlyList<Token> tokens, int start)
    {
        // "…, but declined to say whether …": the speaker's refusal is a second act, not part of what was said.
        for (var i = start + 2; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Text == "," && !tokens[i].InQuote && tokens[i + 1].Is("but") && Refusals.Contains(tokens[i + 2].Text))
                return tokens[i - 1].End;
        }
        for (var i = tokens.Count - 2; i > start; i--)
        {
            if (tokens[i].Text != "," || tokens[i].InQuote) continue;
            var next = tokens[i + 1].Text.EndsWith("ly", StringComparison.Ordinal) && i + 2 < tokens.Count ? tokens[i + 2] : tokens[i + 1];
            if (IsTrailingParticiple(next)) return tokens[i - 1].End;
            if (IsLinkedParticiple(tokens, i)) return tokens[i - 1].End;
        }
        return LastContentEnd(tokens);
    }

    /// <summary>
    /// ", while stressing that …", ", also noting …": a speech participle after a comma and a linking word is a second
    /// saying; ", while keeping …" stays part of the act told.
    /// </summary>
    /// <summary>
    /// "repeated that view on Tuesday", "stood by that account.": "that" before a lone noun that ends the clause points
    /// back at something already said; it opens no clause of its own, so there is nothing new to record.
    /// </summary>
    public static bool IsDemonstrative(IReadOnlyList<Token> tokens, int that)
    {
        var noun = that + 1;
        if (noun >= tokens.Count || !tokens[noun].IsWord || !char.IsLower(tokens[noun].Text[0]) || tokens[noun].InQuote) return false;
        var after = TimeExpressions.Skip(tokens, noun + 1);
        return after >= tokens.Count || !tokens[after].IsWord && tokens[after].Text is "." or "," or ";" or "!";
    }

    private static readonly FrozenSet<string> FiniteAuxiliaries = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "was", "is", "has", "had", "would", "will", "could", "should", "might", "may", "must", "remains", "remained",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool IsSubjectPronoun(IReadOnlyList<Token> tokens, int that) =>
        that + 1 < tokens.Count && tokens[that + 1].IsWord && FiniteAuxiliaries.Contains(tokens[that + 1].Text);

    private static bool IsLinkedParticiple(IReadOnlyList<Token> tokens, int comma) =>
        comma + 2 < tokens.Count && tokens[comma].Text == "," && !tokens[comma].InQuote
        && (tokens[comma + 1].Is("while") || tokens[comma + 1].Is("also")) && SpeechCues.ParticipleCue(tokens, comma + 2) is not null;

    private static bool IsTrailingParticiple(Token token) =>
        token.IsWord && !token.InQuote && !token.IsCapitalised && token.Text.Length > 5
        && token.Text.EndsWith("ing", StringComparison.Ordinal) && !PrepositionalParticiples.Contains(token.Text);

    private static int? ParticipleAfterShortAdjunct(IReadOnlyList<Token> tokens, int start)
    {
        var comma = NextIndex(tokens, start, t => t.Text is "," or ";" || t.InQuote);
        if (comma < 0 || comma + 1 >= tokens.Count || tokens[comma].Text != "," || CountWords(tokens, start, comma - 1) > 4) return null;
        for (var i = start; i < comma; i++)
            if (tokens[i].Is("that") || Lexicon.Pronouns.Contains(tokens[i].Text)) return null;
        // Only a manner or a time ("in kind", "on Saturday"); "rejected the report, saying …" keeps its object.
        if (!Lexicon.Prepositions.Contains(tokens[start].Text) && TimeExpressions.Skip(tokens, start) < comma) return null;
        var next = tokens[comma + 1];
        return IsTrailingParticiple(next) && CountWords(tokens, comma + 1, tokens.Count - 1) >= 3
            ? comma + 1
            : null;
    }

    /// <summary>Words ending in -ing that work as prepositions and so continue the content.</summary>
    private static readonly FrozenSet<string> PrepositionalParticiples = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "including", "according", "during", "concerning", "regarding", "following", "notwithstanding", "excluding", "pending",
        "considering", "involving", "surrounding", "nothing", "something", "anything", "everything",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>End of the unit's content, leaving out the closing full stop.</summary>
    private static int LastContentEnd(IReadOnlyList<Token> tokens)
    {
        var last = tokens.Count - 1;
        while (last > 0 && !tokens[last].IsWord && tokens[last].Text is "." or "," or ";" or ":" or "!" or "?") last--;
        return tokens[last].End;
    }

    private static (int Start, int End) Trimmed(IReadOnlyList<Token> tokens, int first, int last)
    {
        while (last > first && !tokens[last].IsWord && !QuoteScanner.IsQuoteMark(tokens[last].Text[0]) && tokens[last].Text != ")") last--;
        return (tokens[first].Start, tokens[last].End);
    }

    private static (int Start, int End) Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',')) end--;
        return (start, end);
    }
}
