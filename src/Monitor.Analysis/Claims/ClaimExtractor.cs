using System.Text.RegularExpressions;
using Monitor.Analysis.Lexical;
using Monitor.Analysis.Text;

namespace Monitor.Analysis.Claims;

/// <summary>
/// Reads the claims in a statement's text: one per sentence (and per "but" clause), each with subject,
/// predicate, object, polarity, modality, quantities and dates resolved against when it was said.
/// Rule-based and deterministic; it has no state, so one instance may be shared freely.
/// </summary>
/// <example>
/// <code>
/// var claims = new ClaimExtractor().Extract("We have no plans to impose tariffs next year.", saidAt);
/// // claims[0]: Predicate "impos", Polarity Negative, Modality Commitment, Dates [year saidAt+1], Cue "no plans to impose"
/// </code>
/// </example>
public sealed partial class ClaimExtractor
{
    private const int MaxCueWords = 7;

    // A conjunct with its own negation ("are ready to die and have no intention of stepping down") is a claim of its own,
    // or its "no" would turn the first conjunct around too; so is one with a subject of its own ("…, and it had been …"),
    // and one with its own "could" or "may" ("did not need to borrow and could solve its problems alone"), or its hedge
    // would hold the first conjunct open too.
    [GeneratedRegex(@"(?<=[.!?;])\s+(?=[\p{Lu}""“'‘(\d])|,?\s+but\s+|\s+whereas\s+|,\s+when\s+|,\s+(?=(?:rejecting|denying|dismissing)\s)|,?\s+and\s+(?=(?:ruled|refused|rejected|denied|vowed|pledged|promised|insisted|said|added|that)\s)|,\s+and\s+(?=(?:will|would|has|had|plans|intends)\s)|,?\s+and\s+(?=(?:it|they|he|she|we|i)\s+(?:is|are|was|were|has|have|had|will|would)\s)|\s+and\s+(?=(?:have|has|had|will|would|is|are|was|were|do|does|did|can|could|should|must)\s+(?:no|not|never)\s)|\s+and\s+(?=(?:could|can|might|may)\s+\p{Ll}+\s)|(?<subject>,\s+and\s+(?=(?:the|its|their|his|her|our)\s+(?:[\p{L}\d-]+\s+){0,8}?(?:is|are|was|were|will|would|stays|remains|stayed|remained)\s)|\s+and\s+(?=(?:the|its|their|his|her|our)\s+(?:[\p{L}-]+\s+){0,3}(?:is|are|was|were|will|would|stays|remains|stayed|remained)\s))", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    // "a backlog of withdrawals, which FTX had halted earlier in the day": a clause set off after a noun, with a subject and
    // a past verb of its own, says something of that noun.
    [GeneratedRegex(@"(?<noun>\p{L}[\p{L}-]+),\s+which\s+(?<subject>(?:\p{Lu}[\p{L}.&'’-]*\s+){1,3}|(?:it|they|he|she|we)\s+)(?<aux>(?:had|has|have|was|were)\s+)?(?<verb>\p{Ll}+ed)\b(?<rest>[^,;.]*)", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectRelative();

    // "a treaty making Crimea part of Russia", "incorporated the region into Ardenia": one place made part of another is annexed by it.
    [GeneratedRegex(@"\b(?:(?:mak(?:e|es|ing)|made)\s+(?<part>(?:\p{Lu}[\p{L}-]*\s+){1,3})(?:a\s+|an\s+)?part\s+of|(?:incorporat(?:e|es|ed|ing)|absorb(?:s|ed|ing)?)\s+(?<part>(?:\p{Lu}[\p{L}-]*\s+){1,3})into)\s+(?<whole>\p{Lu}[\p{L}-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex MadePartOf();

    [GeneratedRegex(@"\b(?:no|little)\s+(?:doubt|question)\s+(?:whatsoever\s+)?that\s+|\bbeyond\s+(?:any\s+)?(?:doubt|question)\s+that\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CertaintyFrame();

    [GeneratedRegex(@"\b(?:is|are|was|were|will|would|has|have|had|stays|remains|\p{Ll}+ed)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FiniteVerb();

    // "a no-deal exit", "the anti-war camp": a prefix that negates is part of the word, not a negation of the claim,
    // and the word it prefixes is not the thing the claim is about.
    [GeneratedRegex(@"(?:(?i:no|non|anti)-)?[\p{L}\p{N}]+(?:['’][\p{L}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "said", "say", "says", "claimed", "claim", "suggested", "suggest", "stated", "state", "announced", "announce", "promised",
    };

    private static readonly HashSet<string> PastMarkers = new(StringComparer.Ordinal)
    {
        "was", "were", "had", "did", "held", "took", "met", "signed", "ago", "last", "yesterday", "opened", "closed", "agreed",
        "visited", "announced", "decided", "failed", "refused",
    };

    public IReadOnlyList<Claim> Extract(string text, DateTimeOffset saidAt)
    {
        var reference = DateOnly.FromDateTime(saidAt.UtcDateTime);
        var claims = new List<Claim>();
        var told = new List<string>();
        foreach (var sentence in Sentences(text))
        {
            var trimmed = sentence.Trim().Trim('"', '“', '”');
            // "intelligence left no doubt that Iraq continued to possess …": the frame's "no" denies a doubt, and what it
            // vouches for is the claim.
            if (CertaintyFrame().Match(trimmed) is { Success: true } frame && frame.Index + frame.Length < trimmed.Length)
                trimmed = trimmed[(frame.Index + frame.Length)..];
            if (trimmed.Length == 0) continue;
            var claim = ExtractSentence(trimmed, reference);
            // "The governor … is ready to fight and has no intention of stepping down": a conjunct that opens with its verb
            // shares the subject of the clause before it.
            var conjunct = claim.Subject.Length == 0 && claims.Count > 0 && claims[^1].Subject.Length > 0 && !OpensWithOwnSubject(trimmed);
            // "… the bill would resume on Wednesday, and ruled out withdrawing it": "it" is what the clause before was
            // about, its subject as often as its object, so both stand in for the pronoun (subject first).
            if (claim.Terms.Count == 0 && claims.Count > 0)
                claim = claim with
                {
                    Object = claim.Object.Length > 0 ? claim.Object : $"{claims[^1].Subject} {claims[^1].Object}".Trim(),
                    Terms = claims[^1].Terms,
                    Concepts = claims[^1].Concepts,
                };
            else if (conjunct)
                claim = claim with { Terms = [.. SubjectTerms(claims[^1]).Concat(claim.Terms).Distinct(StringComparer.Ordinal)] };
            // "its water was safe to drink and there was no need to withdraw it": an act done to "it" and nothing else is
            // done to what the clause before was about, its subject.
            else if (claims.Count > 0 && claims[^1].Subject.Length > 0 && ActDoneToPronoun(trimmed, claim.PredicateText))
                claim = claim with
                {
                    Object = $"{claims[^1].Subject} {claim.Object}".Trim(),
                    Terms = [.. claim.Terms.Concat(SubjectTerms(claims[^1])).Distinct(StringComparer.Ordinal)],
                };
            if (conjunct) claim = claim with { Subject = claims[^1].Subject, Neutral = claims[^1].Subject + " " + claim.Neutral };
            claims.Add(claim);
            told.AddRange(ObjectRelatives(trimmed));
            told.AddRange(Annexations(trimmed));
        }
        // Read last, so no clause borrows its subject from one of them.
        claims.AddRange(told.Select(clause => ExtractSentence(clause, reference)));
        return claims;
    }

    /// <summary>One place made part of another, told as its annexation: "making Crimea part of Russia" → "Russia annexed Crimea".</summary>
    private static IEnumerable<string> Annexations(string sentence) =>
        MadePartOf().Matches(sentence).Select(m => $"{m.Groups["whole"].Value} annexed {m.Groups["part"].Value.Trim()}");

    /// <summary>
    /// What a clause set off after a noun tells of it, as a clause of its own: "clear a backlog of withdrawals, which FTX
    /// had halted earlier in the day" also says "FTX had halted withdrawals earlier in the day".
    /// </summary>
    private static IEnumerable<string> ObjectRelatives(string sentence)
    {
        foreach (Match m in ObjectRelative().Matches(sentence))
        {
            var noun = m.Groups["noun"].Value;
            if (ClaimLexicon.FunctionWords.Contains(noun.ToLowerInvariant())) continue;
            yield return $"{m.Groups["subject"].Value}{m.Groups["aux"].Value}{m.Groups["verb"].Value} {noun}{m.Groups["rest"].Value}".Trim();
        }
    }

    /// <summary>"no need to withdraw it", "would withdraw it, after …": the act's only object is a pronoun.</summary>
    private static bool ActDoneToPronoun(string clause, string predicateText)
    {
        if (predicateText.Length == 0 || predicateText.Contains(' ', StringComparison.Ordinal)) return false;
        foreach (var pronoun in (ReadOnlySpan<string>)[" it", " them"])
        {
            var written = predicateText + pronoun;
            for (var at = clause.IndexOf(written, StringComparison.OrdinalIgnoreCase); at >= 0; at = clause.IndexOf(written, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (at > 0 && char.IsLetter(clause[at - 1])) continue;
                var after = clause.AsSpan(at + written.Length).TrimStart();
                if (after.IsEmpty || after[0] is ',' or '.' or ';' or ':') return true;
            }
        }
        return false;
    }

    /// <summary>"that it had hired advisers", "he said": a clause with a subject of its own, however empty of content words.</summary>
    private static bool OpensWithOwnSubject(string clause)
    {
        var first = Token().Match(clause).Value.ToLowerInvariant();
        return first is "that" or "it" or "he" or "she" or "they" or "we" or "i" or "you" or "there" or "this" or "these" or "those";
    }

    private static IEnumerable<string> SubjectTerms(Claim claim) =>
        claim.Subject.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => WordStem.Of(Demonyms.CountryWordOf(w))).Where(claim.Terms.Contains);

    /// <summary>The text cut at sentence and clause breaks, except after an abbreviation ("on Oct. 31" is one date).</summary>
    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        foreach (Match cut in SentenceBreak().Matches(text))
        {
            if (cut.Index > 0 && text[cut.Index - 1] == '.' && Abbreviations.EndAt(text, cut.Index - 1)) continue;
            // "The rate would be about 6 percent and the tax stays unchanged": a conjunct with its own subject and verb is a
            // claim of its own, but only after a clause with a verb; "Ardenia and the union will meet" is one subject.
            if (cut.Groups["subject"].Success && !FiniteVerb().IsMatch(text[start..cut.Index])) continue;
            yield return text[start..cut.Index];
            start = cut.Index + cut.Length;
        }
        yield return text[start..];
    }

    private static Claim ExtractSentence(string sentence, DateOnly reference)
    {
        var tokens = SplitNegatedParticiples(Token().Matches(sentence).Select(m => (Lower: m.Value.ToLowerInvariant().Replace('’', '\''), m.Value, m.Index, End: m.Index + m.Length)).ToArray());
        var lower = tokens.Select(t => t.Lower).ToArray();
        var capitalised = tokens.Select(t => char.IsUpper(t.Value[0])).ToArray();
        // A name ("the International Monetary Fund") or the first part of a hyphened modifier ("a follow-on share offer",
        // "the run-up to the vote") is never the claim's verb.
        var neverVerb = tokens.Select(t => char.IsUpper(t.Value[0]) || t.End + 1 < sentence.Length && sentence[t.End] == '-' && char.IsLetter(sentence[t.End + 1])).ToArray();
        var tokenSpans = tokens.Select(t => (t.Index, t.End)).ToArray();
        // "declared a state of emergency as bus drivers stopped work": what others did meanwhile, with a subject and a past
        // verb of its own, is the circumstance of the claim; its words stay the claim's matter, but none of them is its act.
        var circumstance = new bool[lower.Length];
        for (var i = 1; i < lower.Length; i++)
            if (CircumstanceAs(lower, i)) MarkToComma(sentence, tokenSpans, i, circumstance);
        for (var i = 0; i < lower.Length; i++) neverVerb[i] |= circumstance[i];
        var background = BackgroundClause(sentence, tokenSpans, lower);
        // The words the claim itself is said in: a background clause's tense, "if" or "before" say nothing of the claim.
        var own = lower.Where((_, i) => !background[i]).ToArray();
        // A narrated act's text starts at its verb ("raised rates by half a point"): there the first word is the predicate.
        // A denial's verb ("rejecting a report that …") negates what follows; it is not the act.
        // So is a light verb whose noun names the act ("announced a military operation", "made the final payment").
        var opensWithVerb = tokens.Length > 0 && char.IsLower(tokens[0].Value[0])
                            && (PredicateLexicon.IsPredicate(lower[0]) || LightVerbs.Contains(lower[0]) && NamedAct(lower, new bool[lower.Length], 0) is not null
                                // "called off the offer", "stepped down as chairman": a verb with its particle.
                                || PhrasalVerb(lower, 0) is not null && !(ClaimLexicon.NegatingVerbs.Contains(lower[0]) && IsNegatingUse(lower, 0))
                                // "ordered that the pact be ended": a narrated act opens on its verb, listed or not.
                                || lower.Length > 1 && lower[1] == "that" && lower[0].EndsWith("ed", StringComparison.Ordinal)
                                   && WordNetLexicon.Shared.BaseForms(lower[0], PartOfSpeech.Verb).Count > 0)
                            && !IsDenyingReject(lower, 0) && !ClaimLexicon.IsDenial(lower, 0);
        // "declared a state of emergency on Thursday": a narrated act opens on its verb in the past, listed or not. Not
        // "vowed on Thursday to adhere" nor "mobilised reservists to fight over the winter": what it is for lies ahead.
        var opensInThePast = tokens.Length > 1 && char.IsLower(tokens[0].Value[0]) && lower[0].EndsWith("ed", StringComparison.Ordinal)
                             && WordNetLexicon.Shared.BaseForms(lower[0], PartOfSpeech.Verb).Count > 0 && !lower.Contains("to");
        var past = (Enumerable.Range(0, lower.Length).Any(i => !background[i] && PastMarkers.Contains(lower[i]) && !(i > 0 && StateCopula(lower[i - 1]))) || opensWithVerb || opensInThePast || Enumerable.Range(1, Math.Max(0, lower.Length - 1)).Any(i =>
                       !background[i] && (lower[i].EndsWith("ed", StringComparison.Ordinal) && IsActWord(lower, i) || PredicateLexicon.IsIrregularPast(lower[i]))
                       // "would remain closed until Thursday": a participle after a copula is a state, not a past act.
                       && lower[i - 1] is not ("been" or "being" or "is" or "are" or "on" or "of" or "in" or "at" or "for" or "with" or "from" or "by" or "to")
                       && !StateCopula(lower[i - 1])
                       && !NounSlot.Contains(lower[i - 1])))
                   // "has called off the offer and will return the money": a second act promised after "and" leaves the first one past.
                   // "left on a holiday during which he will have check-ups": what lies ahead in a relative clause leaves the act past.
                   && !Enumerable.Range(0, lower.Length).Any(i => !background[i] && lower[i] is "will" or "shall" or "going" or "won't" && !(i > 1 && lower[i - 1] is "and" or "but")
                                                                 && !Enumerable.Range(Math.Max(0, i - 3), Math.Min(3, i)).Any(j => lower[j] is "which" or "who" or "whom" or "where"));
        var future = !past && own.Any(w => w is "will" or "shall" or "won't" or "would");
        var dates = DateReader.Read(sentence, reference, past, future);
        var spans = dates.Select(d => (d.Start, d.End)).ToList();
        var quantities = QuantityReader.Read(sentence, spans);
        spans.AddRange(quantities.Select(q => (q.Start, q.End)));
        bool InSpan(int i) => spans.Any(s => tokens[i].Index >= s.Start && tokens[i].Index < s.End);

        var setAside = quantities.Select(q => q.Start).Concat(dates.Select(d => d.Start)).Where(start => Retracted(sentence, start)).ToArray();
        var consumed = new bool[tokens.Length];
        // Words inside dates and figures are never hedges or predicates ("4 May" is not "may").
        for (var i = 0; i < tokens.Length; i++) consumed[i] = InSpan(i);
        MarkPhrases(lower, ClaimLexicon.FillerPhrases, consumed);
        for (var i = 0; i < tokens.Length; i++) consumed[i] |= background[i];
        // "the three managers it fired last month": a verb whose subject pronoun follows its noun with no "that" between
        // describes the noun; it is neither the claim's act nor negated by the claim's "not".
        for (var i = 2; i < tokens.Length; i++)
            if (ContactRelative(sentence, tokens, lower, i)) consumed[i] = true;
        // "must remain the cornerstone", "must stay closed": a state said to hold on, a commitment rather than a demand.
        var mustPersist = Enumerable.Range(0, Math.Max(0, lower.Length - 1)).Any(i => lower[i] == "must" && lower[i + 1] is "remain" or "stay" or "continue");
        // "he was ready to stay in office", "is willing to sign": a readiness, told in the past of reported speech, binds as a promise does.
        var standsReady = Enumerable.Range(1, Math.Max(0, lower.Length - 2)).Any(i => !consumed[i] && lower[i] is "ready" or "willing" or "prepared"
            && lower[i + 1] == "to" && lower[i - 1] is "is" or "was" or "are" or "were" or "am" or "be" or "remains" or "remained" or "stands" or "stood")
            // So does an intention denied ("had no plans at this point to ground the jets", "had no intention of resigning").
            || Enumerable.Range(1, Math.Max(0, lower.Length - 1)).Any(i => !consumed[i] && PlanNouns.Contains(lower[i]) && lower[i - 1] is "no"
                && lower.Skip(i + 1).Take(4).Any(w => w is "to" or "of"));
        var declined = MarkPhrases(lower, ClaimLexicon.DeclinePhrases, consumed);
        var ruledOut = MarkRuledOut(lower, consumed);
        // "joining was out of the question", "sanctions are off the table": an act ruled out, as firmly as "will not".
        var excluded = FindFirstPhrase(lower, ClaimLexicon.ExcludedPhrases);
        if (excluded is { } ex) consumed.AsSpan(ex.Start, ex.End - ex.Start + 1).Fill(true);
        // "planning an offensive that could begin in January": the clause describes the offensive, so its "could"
        // hedges when it may begin, not whether it is planned, and its verb is not the act claimed.
        var describing = DescribingModalClause(sentence, tokenSpans, lower);
        // "could only regret it": all that is left to do is no possibility.
        var hedged = MarkPhrases(lower, ClaimLexicon.HedgePhrases, consumed,
            skip: (l, i) => describing?[i] == true || l[i] == "could" && i + 1 < l.Length && l[i + 1] == "only");
        var demanded = MarkPhrases(lower, ClaimLexicon.DemandPhrases, consumed, skip: IsNounUse) && !mustPersist;
        var occurrence = FindFirstPhrase(lower, ClaimLexicon.OccurrencePhrases);
        var refusedAt = MarkPreferredOver(lower, consumed);

        var negations = new List<int>();
        var denied = false;
        for (var i = 0; i < lower.Length; i++)
        {
            if (consumed[i]) continue;
            // "57 were killed, not 63": the "not" sets a figure aside; it does not deny the claim.
            if (lower[i] == "not" && setAside.Any(start => start > tokens[i].Index && string.IsNullOrWhiteSpace(sentence[tokens[i].End..start]))) continue;
            if (ClaimLexicon.Unlikely.Contains(lower[i])) negations.Add(i);
            else if (ClaimLexicon.Negations.Contains(lower[i]))
            {
                // "after the No vote", "the No campaign": a capitalised option inside a sentence is a name, not a negation.
                if (i > 0 && capitalised[i] && lower[i] == "no") continue;
                // "We never said we would open an office" denies the saying, not the opening.
                if (i + 1 < lower.Length && SpeechVerbs.Contains(lower[i + 1])) continue;
                // "had never been so ill", "could not recall being so sick": the degree is without equal, the state affirmed.
                if (Unequalled(lower, i)) continue;
                // "I have no problem apologising", "there is no doubt the missile was theirs": the "no" clears the way for
                // what follows; it does not deny it.
                if (ClearsTheWay(lower, i)) continue;
                negations.Add(i);
            }
            else if (ClaimLexicon.IsDenial(lower, i) || IsDenyingReject(lower, i))
            {
                if (!denied) negations.Add(i);
                denied = true;
            }
            else if (ClaimLexicon.NegatingVerbs.Contains(lower[i]) && IsNegatingUse(lower, i)) negations.Add(i);
            // "to keep the crisis from turning into runaway inflation", "prevented the bank from failing": what is kept from
            // happening does not happen.
            else if (lower[i] == "from" && i + 1 < lower.Length && lower[i + 1].EndsWith("ing", StringComparison.Ordinal) && PreventedBefore(lower, i)) negations.Add(i);
        }
        if (refusedAt >= 0) negations.Add(refusedAt);
        // "Why would I step down?": a question asked to be answered "no" rules the act out.
        if (RhetoricalWhy(sentence, lower)) negations.Add(0);
        if (excluded is { } ruledOutBy) negations.Add(ruledOutBy.End);
        // "If citizens are left, we will stay": the condition's verbs are not the act promised.
        var condition = ConditionTokens(sentence, tokenSpans, lower);
        var predicate = condition is null ? -1 : FindPredicate(lower, consumed.Select((c, i) => c || condition[i]).ToArray(), neverVerb, InSpan, opensWithVerb);
        // "A postponement might be unavoidable if the summit cannot be held": with no verb outside the condition, the act
        // the main clause names by a noun is the claim's, not the condition's verb.
        var nominal = condition is not null && predicate < 0 ? NominalAct(lower, consumed.Select((c, i) => c || condition[i]).ToArray(), neverVerb) : null;
        if (nominal is { } outside) predicate = outside.Noun;
        if (predicate < 0) predicate = FindPredicate(lower, describing is null ? consumed : consumed.Select((c, i) => c || describing[i]).ToArray(), neverVerb, InSpan, opensWithVerb);
        // "accepted an agreement he did not believe in": a negation inside a clause that describes the object negates that clause.
        if (predicate >= 0) negations.RemoveAll(i => InRelativeClause(lower, predicate, i));
        // "had suspended its membership, not devalued": a contrast after a comma negates what it sets aside, not the act.
        if (predicate >= 0) negations.RemoveAll(i => i > predicate + 1 && lower[i] == "not" && sentence[..tokens[i].Index].TrimEnd().EndsWith(','));
        // "was ending the pact after Tusan expelled an envoy", "will cut supply if they do not pay": a negation in a
        // clause that says when, why or on what condition negates that clause, not the act claimed outside it.
        var subordinate = SubordinateClauses(sentence, tokenSpans, lower);
        if (predicate >= 0 && !subordinate[predicate]) negations.RemoveAll(i => subordinate[i]);
        if (predicate >= 0 && condition is not null && !condition[predicate]) negations.RemoveAll(i => condition[i]);
        // "neither its plan nor its intention", "no devaluation and no leaving the mechanism", "no attempt …, and there never
        // has been": one negation said again after a coordinator, not a second one undoing the first.
        var negationCount = negations.Count(i => !(lower[i] == "nor" && negations.Any(j => j < i && lower[j] == "neither"))
                                                 && !(negations.Any(j => j < i) && RepeatsAfterCoordinator(lower, i)));
        var polarity = negationCount % 2 == 1 ? Polarity.Negative : Polarity.Positive;

        // "Tariffs … take effect" says the thing happens, whatever verb set it going; it outranks words like "imported".
        if (occurrence is not null) predicate = -1;
        if (predicate >= 0 && occurrence is null && (Directives.Contains(lower[predicate]) || Enacting.Contains(lower[predicate]))
            && DirectedAct(lower, consumed, predicate, infinitiveOnly: Enacting.Contains(lower[predicate])) is { } directed) predicate = directed;
        // "made the repayment", "reached an agreement to suspend the ceiling": a light verb's noun names the act.
        (int Noun, string Act)? named = nominal;
        if (predicate >= 0 && occurrence is null && LightVerbs.Contains(lower[predicate]) && NamedAct(lower, consumed, predicate) is { } act)
        {
            if (GovernedAct(lower, consumed, act) is { } governed) predicate = governed;
            else named = act;
        }
        // "is planning a military offensive", "preparing an invasion": the plan's noun is the act intended.
        if (predicate < 0 && occurrence is null)
        {
            for (var i = 0; i < lower.Length && named is null; i++)
            {
                if (consumed[i] || !PlanningVerbs.Contains(lower[i]) || NamedAct(lower, consumed, i) is not { } planned) continue;
                (predicate, named) = (i, planned);
            }
        }
        // "agreed to start withdrawing its troops", "began pulling out": the act begun is the act.
        if (predicate >= 0 && named is null && predicate + 1 < lower.Length && lower[predicate] is "start" or "starts" or "started" or "begin" or "begins" or "began" or "starting" or "beginning"
            && lower[predicate + 1].EndsWith("ing", StringComparison.Ordinal) && IsActWord(lower, predicate + 1)) predicate++;
        var actWord = named?.Act ?? (predicate >= 0 ? lower[predicate] : "");
        var predicateStem = occurrence is not null ? "occur" : actWord.Length > 0 ? PredicateLexicon.StemOf(actWord) : "";
        // "would honour its debts", "keep servicing its obligations": fulfilling a debt is paying it.
        if (predicate >= 0 && named is null && FulfilmentVerbs.Contains(predicateStem) && OwesPayment(lower, consumed, predicate))
            (predicateStem, actWord) = (PredicateLexicon.StemOf("pay"), "pay");
        // "Rates will keep coming down", "prices went up": a direction said with a motion verb is a fall or a rise.
        if (predicate >= 0 && named is null && predicate + 1 < lower.Length && PredicateLexicon.StemOf(lower[predicate]) is var motion
            && (motion == PredicateLexicon.StemOf("come") || motion == PredicateLexicon.StemOf("go")) && lower[predicate + 1] is "down" or "up")
            (predicateStem, actWord) = lower[predicate + 1] == "down" ? (PredicateLexicon.StemOf("fall"), "fall") : (PredicateLexicon.StemOf("rise"), "rise");
        // "not considering a negative rate": what is weighed and ruled out is adopting it.
        if (predicateStem.Length == 0 && ruledOut) predicateStem = PredicateLexicon.StemOf("adopt");
        // "stepped down", "pulled out", "called off": a verb with its particle is one act, which WordNet knows by the pair.
        var phrasal = predicate >= 0 && named is null && occurrence is null && predicateStem == PredicateLexicon.StemOf(lower[predicate])
            ? PhrasalVerb(lower, predicate)
            : null;
        if (phrasal is not null) predicateStem += " " + lower[predicate + 1];
        var predicateEnd = phrasal is not null ? predicate + 1 : named?.Noun ?? (predicate >= 0 ? predicate : occurrence?.End ?? -1);
        var predicateStart = predicate >= 0 ? predicate : occurrence?.Start ?? -1;
        var predicateText = predicateStart >= 0 ? sentence[tokens[predicateStart].Index..tokens[predicateEnd].End] : "";

        // A commitment on a condition ("we will stay if citizens remain", "no rise before purchases end") holds
        // only if the condition does; read alone it is a possibility, not a firm claim.
        // "deletes a clause that would have allowed a delay if the economy weakened": a condition inside a clause that
        // describes a noun belongs to that clause, not to the claim.
        var statesCondition = Enumerable.Range(0, lower.Length).Any(i => !background[i] && describing?[i] != true && ClaimLexicon.Conditions.Contains(lower[i]));
        var conditional = statesCondition
                          || negations.Count > 0 && own.Any(w => w is "before" or "until" or "till");
        // Deliberation denied ("not something we are considering") rules an act out: a statement of intent.
        var modality = declined ? Modality.Declined
            : conditional || WeighsAnAct(lower) ? Modality.Possibility
            : ruledOut || excluded is not null || RulesOut(lower) || PlansExclude(lower) || !past && own.Any(ClaimLexicon.Unlikely.Contains) ? Modality.Commitment
            : hedged ? Modality.Possibility
            : demanded ? Modality.Demand
            : mustPersist || standsReady || own.Any(ClaimLexicon.Modals.Contains) && !past || dates.Any(d => d.Date.Start > reference) ? Modality.Commitment
            : Modality.Fact;

        bool IsContent(int i) =>
            !consumed[i] && !InSpan(i) && i != predicate && !negations.Contains(i) && !(predicateStart >= 0 && i >= predicateStart && i <= predicateEnd)
            && !ClaimLexicon.FunctionWords.Contains(lower[i]) && !ClaimLexicon.Negations.Contains(lower[i])
            && !ClaimLexicon.Denials.Contains(lower[i]) && !IsNegatingVerbWord(lower, i)
            && !ClaimLexicon.Governing.Contains(lower[i]) && !ClaimLexicon.Copulas.Contains(lower[i])
            && !ClaimLexicon.Modals.Contains(lower[i]) && !lower[i].All(char.IsDigit);

        var splitAt = predicateStart >= 0 ? predicateStart : lower.Length;
        var subject = string.Join(' ', Enumerable.Range(0, splitAt).Where(IsContent).Select(i => lower[i]));
        var objectWords = string.Join(' ', Enumerable.Range(0, lower.Length).Where(i => i > predicateEnd && IsContent(i)).Select(i => lower[i]));
        // "Ukrainian territory" and "regions of Ukraine" name one country.
        // "had been processing all withdrawals": the noun that names a light verb's act is also what the claim is about.
        var terms = Enumerable.Range(0, lower.Length).Where(i => IsContent(i) || i == named?.Noun && predicate >= 0 && LightVerbs.Contains(lower[predicate]))
            .Select(i => WordStem.Of(Demonyms.CountryWordOf(lower[i]))).Distinct(StringComparer.Ordinal).ToArray();
        var names = Enumerable.Range(1, Math.Max(0, lower.Length - 1))
            .Where(i => IsContent(i) && char.IsUpper(tokens[i].Value[0]))
            .Select(i => WordStem.Of(Demonyms.CountryWordOf(lower[i]))).Distinct(StringComparer.Ordinal).ToArray();
        var neutral = string.Join(' ', Enumerable.Range(0, lower.Length)
            .Where(i => !consumed[i] && !negations.Contains(i) && !ClaimLexicon.Negations.Contains(lower[i]) && !ClaimLexicon.Denials.Contains(lower[i]))
            .Select(i => lower[i]));

        var concepts = Enumerable.Range(0, lower.Length)
            .Where(i => IsContent(i) && !(i > 0 && char.IsUpper(tokens[i].Value[0])) && lower[i].Length > 2 && !GeneralNouns.Contains(lower[i]))
            .Select(i => (Stem: WordStem.Of(lower[i]), Word: lower[i]))
            .DistinctBy(t => t.Stem)
            .Select(t => new TermConcept(t.Stem, WordNetLexicon.Shared.NounFootprint(t.Word)))
            .Where(t => !t.Footprint.IsEmpty)
            .ToArray();
        return new Claim(
            sentence, subject, predicateStem, predicateText, objectWords, polarity, modality,
            quantities.Where(q => !Retracted(sentence, q.Start)).Select(q => q.Quantity).ToArray(),
            dates.Where(d => !Retracted(sentence, d.Start)).Select(d => d.Date).ToArray(),
            Cue(sentence, tokenSpans, lower, negations, predicateStart, predicateEnd),
            terms, names, neutral)
        {
            RetractedQuantities = quantities.Where(q => Retracted(sentence, q.Start)).Select(q => q.Quantity).ToArray(),
            RetractedDates = dates.Where(d => Retracted(sentence, d.Start)).Select(d => d.Date).ToArray(),
            Concepts = concepts, PredicateConcept = phrasal is not null ? WordNetLexicon.Shared.VerbFootprint(phrasal) : PredicateConceptOf(occurrence is not null ? predicateText : actWord),
            // Only a stated condition ("if", "unless"); "not before purchases end" is a sequence, not an offer.
            Conditional = statesCondition && !declined,
            IntentDenied = polarity == Polarity.Negative && IntentNegated().IsMatch(sentence),
            PutOffUntil = dates.Where(d => !Retracted(sentence, d.Start) && DateReader.IsPutOffTo(sentence, d.Start)).Select(d => d.Date).MaxBy(d => d.Start),
            Toll = TollReader.Read(sentence, quantities.Where(q => !Retracted(sentence, q.Start)).ToArray()),
            Passive = predicate > 0 && predicateStart == predicate && PassiveVoice(lower, predicate) };
    }

    /// <summary>
    /// The predicate: the first lexicon verb in a verbal slot (after a modal, "to", a negation, a copula or a
    /// pronoun), else the first lexicon verb not used as a noun ("new sanctions", "the ban"), else the
    /// first word after a modal.
    /// </summary>
    private static int FindPredicate(string[] lower, bool[] consumed, bool[] neverVerb, Func<int, bool> inSpan, bool opensWithVerb)
    {
        if (opensWithVerb && !consumed[0]) return 0;
        if (GerundSubject(lower, consumed, inSpan)) return 0;
        var plain = -1;
        var fallback = -1;
        var onlyVerb = -1;
        for (var i = 0; i < lower.Length; i++)
        {
            var word = lower[i];
            // "did not have the weapons", "does have the means": after do-support "have" is the verb of possession itself.
            // Not "did not have to act" nor "does not have any plans to impose tariffs": an act governed after it is the predicate.
            if (word == "have" && !consumed[i] && !inSpan(i) && DoSupported(lower, i) && !lower.Skip(i + 1).Take(6).Contains("to")) return i;
            var namesAct = LightVerbs.Contains(word) && NamedAct(lower, consumed, i) is not null;
            if (consumed[i] || inSpan(i) || ClaimLexicon.FunctionWords.Contains(word) && !ClaimLexicon.Copulas.Contains(word) && word is not ("set" or "plan") && !namesAct)
                continue;
            if (ClaimLexicon.Negations.Contains(word) || ClaimLexicon.Denials.Contains(word) || IsDenyingReject(lower, i)) continue;
            // "fell short" negates; "fell to 5 percent" is the act.
            if (ClaimLexicon.NegatingVerbs.Contains(word) && !(NegatingOnlyInUse.Contains(word) && !IsNegatingUse(lower, i))) continue;
            if (ClaimLexicon.Governing.Contains(word) && i + 1 < lower.Length && lower[i + 1] is "to" or "on" or "of") continue;
            // "decided not to call an election", "agreed never to test": the negation falls on the act governed.
            if (ClaimLexicon.Governing.Contains(word) && i + 2 < lower.Length && lower[i + 1] is "not" or "never" && lower[i + 2] == "to") continue;
            if (ClaimLexicon.Copulas.Contains(word))
            {
                // "will stay shut", "remains closed": the state word is the predicate.
                if (i + 1 < lower.Length && PredicateLexicon.IsPredicate(lower[i + 1])) return i + 1;
                // "would keep sterling in the mechanism": keeping a thing somewhere is the act itself.
                if (i > 0 && word is "keep" or "keeps" or "kept" && KeptIn(lower, i) && !consumed[i]) return i;
                // "will stay in the province until …": staying put is the act itself.
                if (i > 0 && word is "stay" or "stays" or "stayed" or "remain" or "remains" or "remained"
                    && (i + 1 == lower.Length || StayingPut.Contains(lower[i + 1]))) return i;
                continue;
            }
            if (i == 0) continue; // a sentence's first word is almost always its subject
            // "by what it believes was a state actor", "what officials call a drill": a free relative names a thing; its verb is no act.
            if (i >= 2 && lower[i - 2] == "what" && ClauseSubjects.Contains(lower[i - 1])) continue;
            // A capitalised word inside a sentence is a name ("the International Monetary Fund", "Ground Zero"), not a verb.
            if (neverVerb[i]) continue;
            // "had significantly deteriorated", "will quickly raise": an adverb between the auxiliary and the verb leaves the slot verbal.
            var slot = i - 1;
            while (slot > 0 && (IsAdverb(lower[slot]) || lower[slot] == "ever")) slot--;
            var previous = lower[slot];
            // "no intention of stepping down", "no intention whatever of ever walking away": the act a plan is of, not a
            // purpose clause after it ("… to legitimise").
            var planNoun = slot - 1;
            while (planNoun > 0 && lower[planNoun] is "whatever" or "whatsoever") planNoun--;
            var planned = previous == "of" && planNoun >= 0 && PlanNouns.Contains(lower[planNoun]);
            var verbalSlot = VerbalSlot.Contains(previous) || ClaimLexicon.Negations.Contains(previous) || ClaimLexicon.Copulas.Contains(previous) || planned;
            // "had been buried to make room for the rescue", "none of the carriages had been buried": a verb's participle
            // after "been" is the act, told in the passive, listed or not, and comes before a purpose clause after it.
            if (previous == "been" && !neverVerb[i] && PassiveAct(lower, i)) return i;
            if (onlyVerb < 0 && plain < 0 && !PredicateLexicon.IsPredicate(word) && !namesAct
                && previous is "to" or "will" or "would" or "shall" or "must" or "should" or "can" or "could" && OnlyAVerb(word)) onlyVerb = i;
            // "Mubarak stepped down on Friday and handed power to the army": a verb in the past with its particle is the act,
            // listed or not, before any later one.
            var pastPhrasal = plain < 0 && word.EndsWith("ed", StringComparison.Ordinal) && !NounSlot.Contains(previous);
            // "the cash it had booked as held in trust accounts did not exist": a participle straight after its noun
            // describes the noun; the verb negated with "do" is the clause's own.
            if (plain >= 0 && ReducedRelative(lower, plain, i)) return i;
            if (PredicateLexicon.IsPredicate(word) || namesAct || (planned || verbalSlot && plain < 0 || pastPhrasal) && PhrasalVerb(lower, i) is not null)
            {
                if (verbalSlot) return i;
                if (plain < 0 && !NounSlot.Contains(previous)) plain = i;
            }
            // An adverb ("not currently", "will soon") is never the predicate.
            // Nor is a number ("on a scale of 0 to 7").
            else if (fallback < 0 && verbalSlot && previous is not ("is" or "are" or "was" or "were" or "be" or "been") && !word.EndsWith("ly", StringComparison.Ordinal)
                     && !char.IsDigit(word[0])) fallback = i;
        }
        // "decided to terminate the carbon tax": a word that can only be a verb, after "to" or a modal, is the act, though
        // the lexicon does not list it and a word of its object ("tax") is listed. Not "bring its ambassador home and
        // withdraw its troops": a second verb joined on is the act the lexicon knows.
        if (plain >= 0 && onlyVerb >= 0 && !lower[(onlyVerb + 1)..plain].Any(w => Joining.Contains(w))) return onlyVerb;
        if (plain >= 0) return plain;
        if (fallback >= 0) return fallback;
        // A nominalised act ("an increase in rates was unlikely", "the ban stays") is the claim's predicate when no verb is.
        for (var i = 1; i < lower.Length; i++)
            if (!consumed[i] && !inSpan(i) && !neverVerb[i] && NounSlot.Contains(lower[i - 1]) && PredicateLexicon.IsPredicate(lower[i])) return i;
        // A verb outside the lexicon that makes a phrasal verb ("stepped down", "called off") is the act when no other is.
        for (var i = 1; i < lower.Length; i++)
            if (!consumed[i] && !inSpan(i) && !neverVerb[i] && PhrasalVerb(lower, i) is not null) return i;
        return -1;
    }

    // Only the auxiliaries that stand before a bare "be"; ClaimLexicon.Modals is the wider set of words that look ahead.
    private static readonly HashSet<string> ModalAuxiliaries = new(StringComparer.Ordinal) { "will", "would", "shall", "should", "can", "could", "may", "might", "must" };

    /// <summary>
    /// "Changing the electoral system will not be in your mandate", "raising the levy is off the table": a gerund opens the
    /// sentence and the first verb after it is "be", so the act it names is the sentence's subject, ruled in or out by the
    /// rest; not "rising prices are hurting families", where "be" only carries the verb after it.
    /// </summary>
    private static bool GerundSubject(string[] lower, bool[] consumed, Func<int, bool> inSpan)
    {
        if (lower.Length < 3 || consumed[0] || inSpan(0) || !lower[0].EndsWith("ing", StringComparison.Ordinal)
            || !WordNetLexicon.Shared.BaseForms(lower[0], PartOfSpeech.Verb).Any(b => b != lower[0])) return false;
        for (var i = 1; i < Math.Min(lower.Length - 1, 9); i++)
        {
            var be = lower[i] is "is" or "are" or "was" or "were" ? i
                : ModalAuxiliaries.Contains(lower[i]) ? Array.IndexOf(lower, "be", i + 1, Math.Min(3, lower.Length - i - 1)) : -1;
            if (be < 0) continue;
            var next = be + 1;
            while (next < lower.Length && ClaimLexicon.Negations.Contains(lower[next])) next++;
            return next < lower.Length && !lower[next].EndsWith("ing", StringComparison.Ordinal) && !lower[next].EndsWith("ed", StringComparison.Ordinal);
        }
        return false;
    }

    /// <summary>A participle after a form of "be" ("had been buried", "were not buried", "is closed"): the act in the passive.</summary>
    private static bool PassiveVoice(string[] lower, int at)
    {
        var slot = at - 1;
        while (slot > 0 && (IsAdverb(lower[slot]) || ClaimLexicon.Negations.Contains(lower[slot]))) slot--;
        return lower[slot] is "been" or "was" or "were" or "is" or "are" or "be" or "being"
               && WordNetLexicon.Shared.BaseForms(lower[at], PartOfSpeech.Verb).Any(b => b != lower[at]);
    }

    /// <summary>
    /// A participle WordNet reads as an inflected verb that is itself the act: not one that governs what follows ("had
    /// been expected to", "been ordered to", "been told that"), nor speech ("been said").
    /// </summary>
    private static bool PassiveAct(string[] lower, int at)
    {
        var word = lower[at];
        if (word.Length <= 3 || ClaimLexicon.Governing.Contains(word) || SpeechVerbs.Contains(word) || Directives.Contains(word)) return false;
        if (at + 1 < lower.Length && lower[at + 1] is "to" && PassiveGoverning.Contains(word) || at + 1 < lower.Length && lower[at + 1] == "that") return false;
        return WordNetLexicon.Shared.BaseForms(word, PartOfSpeech.Verb).Any(b => b != word);
    }

    /// <summary>
    /// Participles that pass the act to a verb after them ("had been forced to leave", "was supposed to open"); the rules
    /// after this one read them as before (a request or a permission is itself an act: "been asked to leave").
    /// </summary>
    private static readonly HashSet<string> PassiveGoverning = new(StringComparer.Ordinal)
    {
        "asked", "told", "allowed", "permitted", "forced", "urged", "invited", "required", "encouraged", "advised", "authorised",
        "authorized", "compelled", "obliged", "made", "designed", "meant", "supposed", "instructed", "called", "given",
    };

    private static readonly HashSet<string> Joining = new(StringComparer.Ordinal)
    {
        "and", "or", "but", "including", "while", "then", "before", "after", "as", "by", "without", "instead",
    };

    private static bool OnlyAVerb(string word) =>
        word.Length > 3 && WordNetLexicon.Shared.PartsOfSpeech(word) is [PartOfSpeech.Verb];

    private static bool RhetoricalWhy(string sentence, string[] lower) =>
        lower.Length > 3 && lower[0] == "why" && lower[1] is "would" or "should" or "must" or "will" or "shall"
        && lower[2] is "i" or "we" or "they" or "he" or "she" or "it" or "anyone" && sentence.TrimEnd().EndsWith('?');

    private static readonly HashSet<string> Preventing = new(StringComparer.Ordinal)
    {
        "keep", "keeps", "kept", "keeping", "prevent", "prevents", "prevented", "preventing", "stop", "stops", "stopped", "stopping",
        "bar", "bars", "barred", "barring", "block", "blocks", "blocked", "blocking", "deter", "deters", "deterred",
    };

    /// <summary>Whether a verb of prevention stands within four words before "from": "keep the crisis from turning".</summary>
    private static bool PreventedBefore(string[] lower, int from) =>
        Enumerable.Range(Math.Max(0, from - 4), Math.Min(4, from)).Any(j => Preventing.Contains(lower[j]));

    /// <summary>"keep sterling in the mechanism", "kept its troops inside the zone": a thing kept where it is.</summary>
    internal static bool KeptIn(string[] lower, int keep) =>
        Enumerable.Range(keep + 2, 4).Any(j => j < lower.Length && lower[j] is "in" or "inside" or "within") && lower[keep + 1] is not ("in" or "on" or "to");

    /// <summary>Whether "and", "or" or "nor" stands within three words before the negation at <paramref name="at"/>.</summary>
    private static bool RepeatsAfterCoordinator(string[] lower, int at) =>
        Enumerable.Range(Math.Max(0, at - 3), Math.Min(3, at)).Any(j => lower[j] is "and" or "or" or "nor");

    /// <summary>
    /// "Devaluing the pound would be a betrayal", "raising rates now could be premature": an act named as a subject and
    /// judged as it would be is weighed, not said to be done.
    /// </summary>
    private static bool WeighsAnAct(string[] lower) =>
        lower.Length > 3 && lower[0].Length > 5 && lower[0].EndsWith("ing", StringComparison.Ordinal)
        && Enumerable.Range(1, Math.Min(8, lower.Length - 2)).Any(i => lower[i] is "would" or "could" or "might" && lower[i + 1] == "be");

    /// <summary>Copulas in the present or bare form: "will remain closed", "stays shut", "to be opened" say nothing of the past.</summary>
    private static bool StateCopula(string word) => word is "be" or "remain" or "remains" or "stay" or "stays";

    private static readonly HashSet<string> DoForms = new(StringComparer.Ordinal) { "do", "does", "did", "don't", "doesn't", "didn't" };

    /// <summary>Whether a form of "do" stands before the word, past a negation ("did not", "didn't", "does indeed").</summary>
    private static bool DoSupported(string[] lower, int at)
    {
        var j = at - 1;
        while (j > 0 && (ClaimLexicon.Negations.Contains(lower[j]) || IsAdverb(lower[j]))) j--;
        return j >= 0 && j < at && DoForms.Contains(lower[j]);
    }

    /// <summary>Words in "-ly" that are not adverbs.</summary>
    private static readonly HashSet<string> LyNouns = new(StringComparer.Ordinal) { "supply", "apply", "reply", "rally", "family", "italy", "july", "ally", "assembly", "monopoly", "anomaly" };

    private static bool IsAdverb(string word) =>
        word.Length >= 5 && word.EndsWith("ly", StringComparison.Ordinal) && !LyNouns.Contains(word) && !PredicateLexicon.IsPredicate(word);

    /// <summary>The first noun after a determiner that names an act of the predicate lexicon: "a postponement" → postpone.</summary>
    private static (int Noun, string Act)? NominalAct(string[] lower, bool[] consumed, bool[] neverVerb)
    {
        for (var i = 1; i < lower.Length; i++)
        {
            if (consumed[i] || neverVerb[i] || !NounSlot.Contains(lower[i - 1]) || lower[i].Length < 5) continue;
            if (WordNetLexicon.Shared.ActNamedBy(lower[i]) is { } act && PredicateLexicon.IsPredicate(act)) return (i, act);
        }
        return null;
    }

    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal) { "after", "because", "since", "once", "when", "while" };

    /// <summary>
    /// The words of clauses that say when or why ("after talks failed", "because it refused", "while not ruling out"),
    /// from the subordinating word to the next comma; "once again" and "once more" open none.
    /// </summary>
    private static bool[] SubordinateClauses(string sentence, (int Index, int End)[] tokens, string[] lower)
    {
        var clause = new bool[lower.Length];
        for (var i = 0; i < lower.Length; i++)
        {
            if (clause[i] || !Subordinators.Contains(lower[i])) continue;
            if (lower[i] == "once" && i + 1 < lower.Length && lower[i + 1] is "again" or "more") continue;
            MarkToComma(sentence, tokens, i, clause);
        }
        return clause;
    }

    private static readonly HashSet<string> StateLinks = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "be", "been", "being", "remain", "remains", "remained", "stay", "stays", "stayed",
        "left", "kept", "went", "go", "goes", "gone",
    };

    /// <summary>
    /// "The rate stays unchanged", "the vessel was left undamaged": a participle negated by its prefix, said of a state,
    /// reads as "not changed", so it meets "would not be changed" rather than opposing it. Split into a negation and
    /// the participle; before a noun ("an unexpected rise") the prefix describes the noun and the word stays whole.
    /// </summary>
    private static (string Lower, string Value, int Index, int End)[] SplitNegatedParticiples((string Lower, string Value, int Index, int End)[] tokens)
    {
        List<(string, string, int, int)>? split = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            var (word, value, index, end) = tokens[i];
            var link = i > 0 && (StateLinks.Contains(tokens[i - 1].Lower)
                                 || i > 1 && tokens[i - 1].Lower.EndsWith("ly", StringComparison.Ordinal) && StateLinks.Contains(tokens[i - 2].Lower));
            if (link && IsNegatedParticiple(word))
            {
                split ??= tokens.Take(i).Select(t => (t.Lower, t.Value, t.Index, t.End)).ToList();
                split.Add(("not", value[..2], index, index + 2));
                split.Add((word[2..], value[2..], index + 2, end));
                continue;
            }
            split?.Add(tokens[i]);
        }
        return split is null ? tokens : split.ToArray();
    }

    private static bool IsNegatedParticiple(string word) =>
        word.Length > 5 && word.StartsWith("un", StringComparison.Ordinal) && !ClaimLexicon.Denials.Contains(word)
        && word[2..] is var participle && (participle.EndsWith("ed", StringComparison.Ordinal) || participle.EndsWith("en", StringComparison.Ordinal))
        && WordNetLexicon.Shared.BaseForms(participle, PartOfSpeech.Verb).Count > 0;

    /// <summary>Words after "stay" or "remain" that make it the act of staying somewhere rather than a link to a state.</summary>
    private static readonly HashSet<string> StayingPut = new(StringComparer.Ordinal)
    {
        "in", "at", "inside", "behind", "until", "till", "there", "here", "put", "beyond", "on", "to",
    };

    /// <summary>
    /// The words of a condition ("if the court allows it", "unless talks fail"): from the conditional word to the
    /// next comma, or to the end of the sentence when the condition comes last. Null when the sentence states none.
    /// </summary>
    private static bool[]? ConditionTokens(string sentence, (int Index, int End)[] tokens, string[] lower)
    {
        bool[]? condition = null;
        for (var i = 0; i < lower.Length; i++)
        {
            if (lower[i] is not ("if" or "unless")) continue;
            MarkToComma(sentence, tokens, i, condition ??= new bool[lower.Length]);
        }
        return condition;
    }

    private static readonly HashSet<string> TimeSpanWords = new(StringComparer.Ordinal)
    {
        "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
        "shortly", "soon", "just", "moments", "only", "weeks'", "days'",
    };

    /// <summary>
    /// The words of clauses that are not the claim: one set off by a comma that places it in time against another
    /// event (", a day after lawmakers passed a bill to force a delay", ", hours before the vote"), one that grants a
    /// contrary fact (", even though official figures show none", ", although talks failed"), the source it is
    /// told on (", according to relatives,"), and how others took it ("widely read as a warning"). What those
    /// clauses' verbs, conditions and negations say is background, so they are neither the claim's predicate, its hedge
    /// nor its polarity.
    /// </summary>
    private static bool[] BackgroundClause(string sentence, (int Index, int End)[] tokens, string[] lower)
    {
        var clause = new bool[lower.Length];
        for (var i = 1; i < lower.Length; i++)
        {
            if (lower[i] == "according" && i + 1 < lower.Length && lower[i + 1] == "to")
            {
                MarkToComma(sentence, tokens, i, clause);
                continue;
            }
            // "remarks that were widely read as a warning": how others took the words is the
            // reporter's account, not the claim.
            if (lower[i] == "as" && lower[i - 1] is "read" or "seen" or "interpreted" or "viewed" or "taken" && i >= 2
                && lower[i - 2] is "widely" or "were" or "was" or "is" or "are" or "been" or "being")
            {
                MarkToComma(sentence, tokens, i - 1, clause);
                continue;
            }
            if (!sentence.AsSpan(tokens[i - 1].End, tokens[i].Index - tokens[i - 1].End).Contains(',')) continue;
            if (Concessive(lower, i) || NewsGloss(lower, i))
            {
                MarkToComma(sentence, tokens, i, clause);
                continue;
            }
            // At most three words of measure between the comma and "after"/"before": "a day", "only hours", "two weeks".
            for (var k = i; k < Math.Min(lower.Length - 1, i + 4); k++)
            {
                if (lower[k] is not ("after" or "before")) continue;
                if (k > i && TimeSpanWords.Contains(lower[k - 1])) MarkToComma(sentence, tokens, i, clause);
                break;
            }
        }
        return clause;
    }

    /// <summary>
    /// Whether the word at <paramref name="at"/> is an "as" opening a clause with a subject and a past verb of its own:
    /// "as bus drivers stopped work", "as it patrolled the coast". Not "such as", "as well as", "as expected", "as widely
    /// reported": those have no subject of their own.
    /// </summary>
    private static bool CircumstanceAs(string[] lower, int at)
    {
        // Nor "booked as cash held in trust": after a verb, "as" says what a thing was taken for.
        if (lower[at] != "as" || lower[at - 1] is "such" or "so" or "as" or "well" or "same" or "just" or "known" or "seen"
            || lower[at - 1].EndsWith("ed", StringComparison.Ordinal)) return false;
        for (var j = at + 1; j < Math.Min(lower.Length, at + 6); j++)
        {
            var word = lower[j];
            var past = word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal) || PredicateLexicon.IsIrregularPast(word);
            if (past) return j > at + 1;
            if (ClaimLexicon.FunctionWords.Contains(word) && !ClauseSubjects.Contains(word) && word is not ("the" or "a" or "an" or "and" or "its" or "their" or "his" or "her")
                || IsAdverb(word) || char.IsDigit(word[0])) return false;
        }
        return false;
    }

    /// <summary>
    /// Nouns with which a reporter sums up what a sentence told: ", the most specific account Pakistan has given",
    /// ", a move that surprised markets", ", the clearest sign yet that …".
    /// </summary>
    private static readonly HashSet<string> GlossNouns = new(StringComparer.Ordinal)
    {
        "account", "sign", "signal", "indication", "move", "step", "turn", "reversal", "admission", "acknowledgment",
        "acknowledgement", "shift", "departure", "retreat", "climbdown", "setback", "blow", "rebuke", "snub", "twist",
    };

    /// <summary>
    /// ", the most specific account yet", ", a sharp reversal of …": a phrase set off by a comma that opens with an
    /// article and names, within a few words, what the news amounts to is the reporter's gloss on the claim, not part of it.
    /// </summary>
    private static bool NewsGloss(string[] lower, int at)
    {
        if (lower[at] is not ("a" or "an" or "the")) return false;
        for (var k = at + 1; k < Math.Min(lower.Length, at + 5); k++)
        {
            if (GlossNouns.Contains(lower[k])) return true;
            if (ClaimLexicon.FunctionWords.Contains(lower[k]) && lower[k] is not ("most" or "first" or "latest")) return false;
        }
        return false;
    }

    /// <summary>
    /// Whether the act found at <paramref name="participle"/> is a past participle set after its noun ("cash held in
    /// trust accounts") and the word at <paramref name="verb"/> is the finite verb that noun phrase goes on to take,
    /// negated with "do" ("… did not exist"), with nothing between that would join a second clause.
    /// </summary>
    private static bool ReducedRelative(string[] lower, int participle, int verb)
    {
        if (verb < 2 || lower[verb - 1] is not ("not" or "never") || !DoForms.Contains(lower[verb - 2])) return false;
        if (participle == 0 || !lower[participle].EndsWith("ed", StringComparison.Ordinal) && !IrregularParticiples.Contains(lower[participle])) return false;
        var before = lower[participle - 1];
        if (VerbalSlot.Contains(before) || ClauseSubjects.Contains(before) || ClaimLexicon.FunctionWords.Contains(before)) return false;
        for (var k = participle + 1; k < verb - 2; k++)
            if (Joining.Contains(lower[k]) || RelativeMarkers.Contains(lower[k]) || ClauseSubjects.Contains(lower[k])) return false;
        return true;
    }

    /// <summary>
    /// Whether the word at <paramref name="verb"/> is the past verb of a relative clause without "that", whose pronoun
    /// subject follows a plural noun straight on: "the managers it fired", "the troops they sent".
    /// </summary>
    private static bool ContactRelative(string sentence, (string Lower, string Value, int Index, int End)[] tokens, string[] lower, int verb)
    {
        if (lower[verb - 1] is not ("it" or "they" or "he" or "she" or "we")) return false;
        if (!lower[verb].EndsWith("ed", StringComparison.Ordinal) && !PredicateLexicon.IsIrregularPast(lower[verb]) && !IrregularParticiples.Contains(lower[verb])) return false;
        var noun = lower[verb - 2];
        if (noun.Length < 4 || !noun.EndsWith('s') || noun.EndsWith("ss", StringComparison.Ordinal) || char.IsUpper(tokens[verb - 2].Value[0])
            || ClaimLexicon.FunctionWords.Contains(noun) || SpeechVerbs.Contains(noun) || PredicateLexicon.IsPredicate(noun)) return false;
        // A comma between the noun and the pronoun closes the noun's phrase: "in recent months, they agreed".
        return string.IsNullOrWhiteSpace(sentence[tokens[verb - 2].End..tokens[verb - 1].Index]);
    }

    private static readonly HashSet<string> IrregularParticiples = new(StringComparer.Ordinal)
    {
        "held", "sent", "built", "paid", "sold", "kept", "made", "given", "taken", "seen", "known", "shown", "brought", "bought",
        "spent", "lent", "left", "lost", "won", "set", "put", "cut", "hit",
    };

    private static bool Concessive(string[] lower, int at) =>
        lower[at] is "although" or "though" or "whereas" or "despite"
        || lower[at] == "even" && at + 1 < lower.Length && lower[at + 1] is "though" or "as" or "if";

    /// <summary>
    /// Marks the words from <paramref name="from"/> to the next comma that breaks the sentence, or to its end; the
    /// comma inside a figure ("175,000") breaks nothing.
    /// </summary>
    private static void MarkToComma(string sentence, (int Index, int End)[] tokens, int from, bool[] mask)
    {
        for (var j = from; j < tokens.Length; j++)
        {
            mask[j] = true;
            if (j + 1 == tokens.Length) break;
            var gap = sentence.AsSpan(tokens[j].End, tokens[j + 1].Index - tokens[j].End);
            if (gap.Contains(',') && gap.ContainsAny(' ', '\t')) break;
        }
    }

    /// <summary>Verbs of intent whose noun names the act intended: "planning an offensive", "preparing an invasion".</summary>
    private static readonly HashSet<string> PlanningVerbs = new(StringComparer.Ordinal)
    {
        "plan", "plans", "planned", "planning", "prepare", "prepares", "prepared", "preparing", "plot", "plots", "plotted", "plotting",
    };

    /// <summary>Verbs that carry no act of their own when a noun names one: "make a payment", "reach an agreement", "take a decision".</summary>
    private static readonly HashSet<string> LightVerbs = new(StringComparer.Ordinal)
    {
        "make", "makes", "made", "making", "reach", "reaches", "reached", "reaching", "take", "takes", "took", "taken", "taking",
        "give", "gives", "gave", "given", "giving", "carry", "carries", "carried", "carrying", "conduct", "conducts", "conducted",
        "strike", "strikes", "struck", "seal", "seals", "sealed", "launch", "launches", "launched", "launching", "mount", "mounts",
        "mounted", "announce", "announces", "announced", "process", "processes", "processed", "processing",
        // "completed its takeover", "finalised the sale": finishing an act is the act done. The bare "complete" is as often
        // an adjective ("a complete ban").
        "completes", "completed", "completing", "finalise", "finalised", "finalize", "finalized",
    };

    /// <summary>
    /// The noun after a light verb that names an act, and the act: "failed to make a repayment" → repay, "reached an
    /// agreement" → agree. Looks past articles and up to two describing words; stops at the first other word.
    /// </summary>
    private static (int Noun, string Act)? NamedAct(string[] lower, bool[] consumed, int verb)
    {
        var describing = 0;
        for (var j = verb + 1; j < lower.Length && j <= verb + 4; j++)
        {
            if (consumed[j] || lower[j] is "to" or "of" or "in" or "on" or "at" or "for" or "by" or "with" or "from" or "and" or "or" or "that" or "which") return null;
            // "carried out a drone strike": the particle belongs to the verb.
            if (j == verb + 1 && lower[j] == "out") continue;
            // "gave up the office of president": a phrasal verb is the act itself, not a light verb before a noun.
            if (j == verb + 1 && PhrasalVerb(lower, verb) is not null) return null;
            if (NounSlot.Contains(lower[j]) || ClaimLexicon.FunctionWords.Contains(lower[j]) || lower[j] is "military" or "armed" or "special" or "ground" or "naval") continue;
            if (MilitaryActs.TryGetValue(lower[j], out var military) && (lower[j] != "operation" || lower[j - 1] is "military" or "special")) return (j, military);
            if (WordNetLexicon.Shared.ActNamedBy(lower[j]) is { } act) return (j, act);
            if (++describing > 2) return null;
        }
        return null;
    }

    /// <summary>
    /// Nouns that name an armed act in news copy, where WordNet's derivations lead elsewhere ("offensive" is no
    /// kind of "offend"): "launched an offensive", "announced a military operation" attack.
    /// </summary>
    private static readonly Dictionary<string, string> MilitaryActs = new(StringComparer.Ordinal)
    {
        ["offensive"] = "attack", ["assault"] = "attack", ["operation"] = "attack", ["invasion"] = "invade", ["incursion"] = "invade",
        ["airstrike"] = "strike", ["airstrikes"] = "strike", ["strike"] = "strike", ["strikes"] = "strike", ["bombardment"] = "attack", ["attack"] = "attack", ["attacks"] = "attack",
    };

    /// <summary>Acts of intent whose noun passes to the act it names next: "an agreement to suspend the ceiling" → suspend.</summary>
    private static readonly HashSet<string> IntentActs = new(StringComparer.Ordinal) { "agree", "decide", "promise", "pledge", "commit", "undertake", "plan" };

    private static int? GovernedAct(string[] lower, bool[] consumed, (int Noun, string Act) named)
    {
        if (!IntentActs.Contains(named.Act)) return null;
        for (var j = named.Noun + 1; j + 1 < lower.Length && j <= named.Noun + 7; j++)
            if (lower[j] == "to" && !consumed[j + 1] && PredicateLexicon.IsPredicate(lower[j + 1])) return j + 1;
        return null;
    }

    /// <summary>Verbs that, done to a debt or an obligation, mean paying it: "honour its debts", "service the bonds".</summary>
    private static readonly HashSet<string> FulfilmentVerbs = new[] { "honour", "honor", "meet", "service", "fulfil", "fulfill" }
        .Select(PredicateLexicon.StemOf).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> Payables = new(StringComparer.Ordinal)
    {
        "debt", "debts", "obligation", "obligations", "bond", "bonds", "loan", "loans", "liabilities", "repayment", "repayments",
        "payment", "payments", "coupon", "coupons", "arrears", "creditors", "lenders",
    };

    /// <summary>Whether the first nouns after the verb are a debt or its holders ("its foreign debt", "all its creditors").</summary>
    private static bool OwesPayment(string[] lower, bool[] consumed, int verb)
    {
        for (var j = verb + 1; j < lower.Length && j <= verb + 5; j++)
        {
            if (consumed[j]) continue;
            if (Payables.Contains(lower[j])) return true;
            if (lower[j] is "to" or "with" or "on" or "in" or "at") break;
        }
        return false;
    }

    /// <summary>
    /// "would rather be dead in a ditch than ask for a delay": what is preferred is colour, and the act after "than" is
    /// refused. Marks the preferred part so it is neither predicate nor content; returns where "than" stands, or -1.
    /// </summary>
    private static int MarkPreferredOver(string[] lower, bool[] consumed)
    {
        for (var i = 1; i < lower.Length; i++)
        {
            if (lower[i] != "rather" || lower[i - 1] is not ("would" or "'d" or "had")) continue;
            for (var t = i + 2; t + 1 < lower.Length && t <= i + 12; t++)
            {
                if (lower[t] != "than") continue;
                if (!PredicateLexicon.IsPredicate(lower[t + 1])) return -1;
                for (var k = i; k < t; k++) consumed[k] = true;
                return t;
            }
        }
        return -1;
    }

    /// <summary>Verbs so general that WordNet makes most acts kinds of them; they relate nothing.</summary>
    private static readonly HashSet<string> GeneralVerbs = new(StringComparer.Ordinal)
    {
        "be", "have", "do", "make", "take", "give", "go", "come", "put", "set", "get", "hold", "keep", "change", "move", "act",
        "cause", "let", "begin", "start", "end", "continue", "stay", "remain",
    };

    /// <summary>Particles that make a phrasal verb; not "ahead", which keeps "go ahead" the occurrence it is.</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "down", "out", "off", "back", "up", "over", "away", "aside" };

    /// <summary>Phrasal verbs of news copy that WordNet 3.0 does not list: "was stepping aside" is leaving an office.</summary>
    private static readonly HashSet<string> NewsPhrasals = new(StringComparer.Ordinal) { "step aside", "stand aside" };

    /// <summary>A verb of the predicate lexicon, or one that makes a phrasal verb with the particle after it.</summary>
    private static bool IsActWord(string[] lower, int index) => PredicateLexicon.IsPredicate(lower[index]) || PhrasalVerb(lower, index) is not null;

    /// <summary>The verb at <paramref name="index"/> with the particle after it, as a WordNet verb lemma ("step down"), or null.</summary>
    internal static string? PhrasalVerb(string[] lower, int index)
    {
        if (index + 1 >= lower.Length || !Particles.Contains(lower[index + 1])) return null;
        var lexicon = WordNetLexicon.Shared;
        foreach (var verb in lexicon.BaseForms(lower[index], PartOfSpeech.Verb))
        {
            var pair = verb + " " + lower[index + 1];
            if (!lexicon.VerbFootprint(pair).IsEmpty || NewsPhrasals.Contains(pair)) return pair;
        }
        return null;
    }

    private static ConceptFootprint PredicateConceptOf(string predicateText)
    {
        var word = predicateText.ToLowerInvariant();
        if (word.Length < 3 || word.Contains(' ', StringComparison.Ordinal)) return ConceptFootprint.None;
        var lexicon = WordNetLexicon.Shared;
        var bases = lexicon.BaseForms(word, PartOfSpeech.Verb);
        // "There will be no apology": a noun that names an act means what its verb means ("apologised").
        if (bases.Count == 0 && lexicon.ActNamedBy(word) is { } act && !GeneralVerbs.Contains(act)) return lexicon.VerbFootprint(act);
        return bases.Count == 0 || bases.Any(GeneralVerbs.Contains) ? ConceptFootprint.None : lexicon.VerbFootprint(word);
    }

    /// <summary>Verbs that direct an act others carry out: "ordered the jets grounded", "told troops to withdraw".</summary>
    private static readonly HashSet<string> Directives = new(StringComparer.Ordinal)
    {
        // Not "asked": asking another to act ("asked the union to delay") is itself the act, a request.
        "order", "orders", "ordered", "ordering", "instructed", "instructs", "directed", "directs",
    };

    /// <summary>Verbs that enact what their document does: "signed treaties to annex", "signs a decree to raise".</summary>
    private static readonly HashSet<string> Enacting = new(StringComparer.Ordinal) { "sign", "signs", "signed", "signing" };

    /// <summary>The act a directive orders: the next lexicon verb within a few words, after "to" or as a participle ("grounded").</summary>
    private static int? DirectedAct(string[] lower, bool[] consumed, int directive, bool infinitiveOnly = false)
    {
        for (var i = directive + 1; i < lower.Length && i <= directive + 6; i++)
        {
            if (consumed[i] || !PredicateLexicon.IsPredicate(lower[i])) continue;
            if (lower[i - 1] == "to" || !infinitiveOnly && (lower[i].EndsWith("ed", StringComparison.Ordinal) || lower[i].EndsWith("en", StringComparison.Ordinal))) return i;
        }
        return null;
    }

    /// <summary>Nouns so general that WordNet puts half the language under them; they say nothing about what a claim is about.</summary>
    private static readonly HashSet<string> GeneralNouns = new(StringComparer.Ordinal)
    {
        "thing", "things", "part", "parts", "group", "act", "measure", "measures", "matter", "issue", "issues", "way", "ways",
        "number", "amount", "level", "levels", "area", "areas", "state", "states", "world", "person", "persons", "government",
        "country", "countries", "people", "move", "step", "steps", "decision", "plan", "plans", "situation", "case", "point",
        "time", "side", "sides", "kind", "form", "place", "work", "end", "use", "change", "changes", "result", "results",
    };

    private static readonly HashSet<string> VerbalSlot = new(StringComparer.Ordinal)
    {
        "will", "would", "shall", "to", "won't", "we", "they", "it", "he", "she", "i", "has", "have", "had", "must", "should",
        "can", "could", "may", "might", "also", "then", "jointly", "formally", "finally", "officially",
    };

    private static readonly HashSet<string> NounSlot = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "new", "its", "their", "our", "his", "her", "of", "further", "any", "more", "fresh", "additional", "such",
        // "caught fire", "put on hold", "on strike": after these the word is a thing or a state, not the act.
        "on", "caught", "catch",
    };

    /// <summary>
    /// "is not something we are considering", "not actively weighing": deliberation denied is a plan ruled out,
    /// not a hedge. Marks the deliberation word so it reads neither as a hedge nor as the predicate.
    /// </summary>
    private static bool MarkRuledOut(string[] lower, bool[] consumed)
    {
        var any = false;
        for (var i = 1; i < lower.Length; i++)
        {
            if (consumed[i] || !ClaimLexicon.Deliberation.Contains(lower[i])) continue;
            var negated = false;
            for (var j = Math.Max(0, i - 6); j < i; j++) negated |= ClaimLexicon.Negations.Contains(lower[j]);
            if (!negated) continue;
            consumed[i] = true;
            any = true;
        }
        return any;
    }

    /// <summary>
    /// A negating verb's word, which says nothing about what the claim is about; the ones that are also nouns
    /// ("the rules", "a fall in prices") are content unless used as negations here ("ruled out", "fell short").
    /// </summary>
    private static bool IsNegatingVerbWord(string[] lower, int i) =>
        ClaimLexicon.NegatingVerbs.Contains(lower[i]) && (lower[i] is not ("rules" or "rule" or "fall" or "falls") || IsNegatingUse(lower, i));

    private static readonly HashSet<string> DescribingModals = new(StringComparer.Ordinal) { "could", "would", "may", "might", "will", "can", "should" };

    /// <summary>
    /// The words of a clause that describes a noun with a modal ("an offensive that could begin …", "a tax which
    /// would fall on fuel"), up to the next comma; null when there is none. Not after a verb ("warned that it
    /// could"), where the clause is what was said.
    /// </summary>
    private static bool[]? DescribingModalClause(string sentence, (int Index, int End)[] tokens, string[] lower)
    {
        for (var i = 1; i + 1 < lower.Length; i++)
        {
            if (lower[i] is not ("that" or "which") || !DescribingModals.Contains(lower[i + 1])) continue;
            if (PredicateLexicon.IsPredicate(lower[i - 1]) || SpeechVerbs.Contains(lower[i - 1]) || ClaimLexicon.FunctionWords.Contains(lower[i - 1])
                || ClaimLexicon.Governing.Contains(lower[i - 1])) continue;
            var clause = new bool[lower.Length];
            MarkToComma(sentence, tokens, i, clause);
            return clause;
        }
        return null;
    }

    private static readonly HashSet<string> RelativeMarkers = new(StringComparer.Ordinal) { "that", "which", "who", "whom", "whose" };

    private static readonly HashSet<string> ClauseSubjects = new(StringComparer.Ordinal) { "he", "she", "they", "we", "i", "it", "you" };

    /// <summary>
    /// Whether the word at <paramref name="at"/> sits in a clause that describes a noun after the predicate: the noun
    /// is followed by "that/which/who" or straight by a new subject ("a deal they never wanted").
    /// </summary>
    private static bool InRelativeClause(string[] lower, int predicate, int at)
    {
        for (var k = predicate + 2; k < at; k++)
        {
            var noun = lower[k - 1];
            if (ClaimLexicon.FunctionWords.Contains(noun) || ClaimLexicon.Negations.Contains(noun)) continue;
            if (RelativeMarkers.Contains(lower[k]) || ClauseSubjects.Contains(lower[k])) return true;
        }
        return false;
    }

    // What a figure or date is set against when the sentence puts it aside: "57 were killed, not 63 as said earlier",
    // "on 31 October, three weeks earlier than the 23 November date", "in May instead of June".
    private static readonly string[][] RetractingWords =
    [
        ["not"], ["instead", "of"], ["rather", "than"], ["earlier", "than", "the"], ["later", "than", "the"], ["earlier", "than"], ["later", "than"],
        ["instead", "of", "the"], ["rather", "than", "the"], ["not", "the"],
        // "far fewer than the 368 announced earlier": a figure compared against as the one given before.
        ["fewer", "than", "the"], ["less", "than", "the"], ["more", "than", "the"], ["lower", "than", "the"], ["higher", "than", "the"],
        ["smaller", "than", "the"], ["larger", "than", "the"], ["bigger", "than", "the"],
    ];

    /// <summary>Whether the figure or date starting at <paramref name="start"/> is the one the sentence puts aside.</summary>
    private static bool Retracted(string sentence, int start)
    {
        var before = Token().Matches(sentence[..start]).TakeLast(3).Select(m => m.Value.ToLowerInvariant()).ToArray();
        return RetractingWords.Any(words => words.Length <= before.Length && before.AsSpan(before.Length - words.Length).SequenceEqual(words));
    }

    // "no deliberate attempt to", "did not intentionally", "never intended to", "was not meant to": the denial is of a purpose.
    [GeneratedRegex(@"\b(?:no|not|never|n't)\s+(?:[\p{L}-]+\s+){0,2}?(?:deliberate|deliberately|intentional|intentionally|intend|intended|meant|wilful|wilfully|willful|willfully|on\s+purpose)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IntentNegated();

    private static readonly HashSet<string> PlanNouns = new(StringComparer.Ordinal) { "plan", "plans", "intention", "intentions", "aim", "aims", "goal", "goals" };

    private static readonly HashSet<string> IncludingVerbs = new(StringComparer.Ordinal)
    {
        "include", "includes", "included", "involve", "involves", "involved", "envisage", "envisages", "envisaged", "foresee", "foresees", "foresaw",
    };

    /// <summary>"Our plans do not include occupying the region", "the plan did not envisage a strike": an intention ruled out, told in the past or not.</summary>
    private static bool PlansExclude(string[] lower) =>
        Enumerable.Range(0, lower.Length).Any(i => PlanNouns.Contains(lower[i])
            && Enumerable.Range(i + 1, 3).Any(j => j + 1 < lower.Length && lower[j] is "not" or "never" && IncludingVerbs.Contains(lower[j + 1])));

    /// <summary>"ruled out withdrawing the bill" says what will not be done: an intention, however it is narrated.</summary>
    private static bool RulesOut(string[] lower) =>
        Enumerable.Range(0, Math.Max(0, lower.Length - 1)).Any(i => lower[i] is "ruled" or "rules" or "rule" or "ruling" && lower[i + 1] == "out");

    private static readonly HashSet<string> DegreeWords = new(StringComparer.Ordinal) { "so", "more", "this", "better", "worse", "as" };

    private static readonly HashSet<string> MemoryVerbs = new(StringComparer.Ordinal) { "recall", "remember", "recollect" };

    /// <summary>
    /// "Never been so ill", "never felt better", "couldn't recall being so sick": a negation of any equal, which says the
    /// state holds in the highest degree. "Was not so ill as reported" is not one: only "never", or not recalling.
    /// </summary>
    private static bool Unequalled(string[] lower, int at)
    {
        var i = at + 1;
        if (lower[at] == "never")
        {
            while (i < lower.Length && lower[i] is "have" or "has" or "had" or "been" or "felt" or "seen" or "looked" or "was" or "were" or "be" or "feel") i++;
            return i > at + 1 && i < lower.Length && DegreeWords.Contains(lower[i]) && lower[i - 1] != "have" && lower[i - 1] != "has" && lower[i - 1] != "had";
        }
        if (i >= lower.Length || !MemoryVerbs.Contains(lower[i])) return false;
        for (var j = i + 1; j < Math.Min(lower.Length, i + 5); j++)
            if (lower[j] is "so" or "more" or "worse" or "better") return true;
        return false;
    }

    /// <summary>Nouns after "no" that leave what follows affirmed: "no problem", "no hesitation", "no doubt".</summary>
    private static readonly HashSet<string> ObstacleNouns = new(StringComparer.Ordinal)
    {
        "problem", "problems", "difficulty", "hesitation", "qualms", "objection", "objections", "doubt", "doubts",
    };

    /// <summary>
    /// "No problem apologising", "no hesitation in signing", "no objection to the merger", "no doubt that it was theirs":
    /// an obstacle denied, followed by what it would have stood in the way of. A bare "no problem" (nothing follows it)
    /// still denies the problem.
    /// </summary>
    private static bool ClearsTheWay(string[] lower, int at)
    {
        if (lower[at] != "no" || at + 2 >= lower.Length || !ObstacleNouns.Contains(lower[at + 1])) return false;
        var next = lower[at + 2];
        return next is "that" or "in" or "to" || next.EndsWith("ing", StringComparison.Ordinal) && next.Length > 4;
    }

    private static bool IsNegatingUse(string[] lower, int i) =>
        lower[i] is "fell" or "fall" or "falls" or "falling"
            ? i + 1 < lower.Length && lower[i + 1] == "short"
            : lower[i] is "ruled" or "rules" or "rule"
            ? i + 1 < lower.Length && lower[i + 1] == "out"
            : lower[i] is "refuse" or "refuses" or "refused" or "refusing" or "fail" or "fails" or "failed"
                ? i + 1 < lower.Length && lower[i + 1] == "to"
                // "terminating his deal to buy the company": the act the deal was to do is not done; "decided to terminate
                // the levy" is the act itself.
                : lower[i] is "terminate" or "terminates" or "terminated" or "terminating"
                ? TerminatedDeal(lower, i)
                : true;

    /// <summary>Verbs that negate only in one use ("fell short", "terminated its deal to buy"); otherwise they are the act itself.</summary>
    private static readonly HashSet<string> NegatingOnlyInUse = new(StringComparer.Ordinal)
    {
        "fell", "fall", "falls", "falling", "terminate", "terminates", "terminated", "terminating",
    };

    private static readonly HashSet<string> DealWords = new(StringComparer.Ordinal) { "deal", "agreement", "contract", "offer", "bid", "merger" };

    private static bool TerminatedDeal(string[] lower, int at)
    {
        for (var k = at + 1; k < Math.Min(lower.Length - 1, at + 6); k++)
            if (DealWords.Contains(lower[k])) return lower[k + 1] == "to";
        return false;
    }

    // "rejects reports that…" denies the report; "rejects the treaty" is a predicate of its own.
    private static bool IsDenyingReject(string[] lower, int i) =>
        lower[i] is "reject" or "rejects" or "rejected" or "rejecting" or "dismiss" or "dismisses"
        && lower.Skip(i + 1).Take(3).Any(w => w is "report" or "reports" or "claim" or "claims" or "allegation" or "allegations" or "suggestion" or "suggestions" or "speculation" or "rumours" or "rumors");

    private static bool MarkPhrases(string[] lower, string[] phrases, bool[] consumed, Func<string[], int, bool>? skip = null)
    {
        var any = false;
        foreach (var phrase in phrases)
        {
            var words = phrase.Split(' ');
            for (var i = 0; i + words.Length <= lower.Length; i++)
            {
                if (!Matches(lower, i, words) || consumed.AsSpan(i, words.Length).Contains(true) || skip?.Invoke(lower, i) == true) continue;
                any = true;
                for (var k = 0; k < words.Length; k++) consumed[i + k] = true;
            }
        }
        return any;
    }

    /// <summary>
    /// "Moscow's demands for guarantees", "the demand for talks": a word that can be a noun, after an owner or a
    /// determiner, names a thing and asks for nothing.
    /// </summary>
    private static bool IsNounUse(string[] lower, int i) =>
        i > 0 && lower[i] is "demand" or "demands" or "call"
        && (lower[i - 1].EndsWith("'s", StringComparison.Ordinal) || NounSlot.Contains(lower[i - 1]) || lower[i - 1] is "these" or "those" or "such" or "with");

    private static (int Start, int End)? FindFirstPhrase(string[] lower, string[] phrases)
    {
        (int, int)? best = null;
        foreach (var phrase in phrases)
        {
            var words = phrase.Split(' ');
            for (var i = 0; i + words.Length <= lower.Length; i++)
            {
                if (!Matches(lower, i, words)) continue;
                if (best is null || i < best.Value.Item1) best = (i, i + words.Length - 1);
                break;
            }
        }
        return best;
    }

    private static bool Matches(string[] lower, int at, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
            if (lower[at + k] != words[k]) return false;
        return true;
    }

    /// <summary>The words from the nearest negation or modal before the predicate through the predicate itself, as written.</summary>
    private static string Cue(string sentence, (int Index, int End)[] tokens, string[] lower, List<int> negations, int predicateStart, int predicateEnd)
    {
        if (tokens.Length == 0) return sentence;
        if (predicateStart < 0)
        {
            var first = negations.Count > 0 ? negations[0] : 0;
            var last = Math.Min(tokens.Length - 1, first + MaxCueWords - 1);
            return sentence[tokens[first].Index..tokens[last].End];
        }
        var start = predicateStart;
        for (var i = predicateStart - 1; i >= Math.Max(0, predicateStart - MaxCueWords + 1); i--)
        {
            if (negations.Contains(i) || ClaimLexicon.Modals.Contains(lower[i]) || ClaimLexicon.Governing.Contains(lower[i])
                || ClaimLexicon.Copulas.Contains(lower[i]) || lower[i] is "to" or "of" or "no" or "any") start = i;
            else if (!ClaimLexicon.FunctionWords.Contains(lower[i])) break;
        }
        var end = predicateEnd;
        // A negation after the predicate ("is closed and not open") is rare; a predicate with its object reads better.
        if (end + 1 < tokens.Length && !ClaimLexicon.FunctionWords.Contains(lower[end + 1])) end++;
        return sentence[tokens[start].Index..tokens[end].End];
    }
}
