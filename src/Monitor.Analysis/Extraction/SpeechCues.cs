using System.Collections.Frozen;
using Monitor.Abstractions;

namespace Monitor.Analysis.Extraction;

/// <summary>
/// The words that introduce speech and what they say about its mode. Present-tense forms that are
/// just as often plural nouns ("member states", "media reports", "claims") are left out on purpose:
/// they attributed statements to the wrong words far more often than they found new ones.
/// </summary>
internal static class SpeechCues
{
    private static readonly FrozenDictionary<string, StatementMode?> Verbs = new Dictionary<string, StatementMode?>(StringComparer.OrdinalIgnoreCase)
    {
        ["said"] = null, ["says"] = null, ["say"] = null, ["told"] = null, ["tells"] = null, ["added"] = null, ["adds"] = null,
        ["stressed"] = null, ["noted"] = null, ["argued"] = null, ["argues"] = null, ["stated"] = null, ["explained"] = null,
        ["announced"] = null, ["confirmed"] = null, ["reported"] = null, ["wrote"] = null, ["writes"] = null,
        ["acknowledged"] = null, ["admitted"] = null, ["vowed"] = null, ["pledged"] = null, ["promised"] = null,
        ["suggested"] = StatementMode.Hedge, ["maintained"] = null, ["replied"] = null, ["responded"] = null, ["countered"] = null,
        ["asserted"] = null, ["declared"] = null, ["emphasised"] = null, ["emphasized"] = null, ["reiterated"] = null,
        ["remarked"] = null, ["observed"] = null, ["assured"] = null, ["reaffirmed"] = null, ["repeated"] = null,
        ["conceded"] = null, ["recalled"] = null, ["tweeted"] = null, ["posted"] = null, ["claimed"] = null,
        ["insisted"] = null, ["insists"] = null, ["indicated"] = StatementMode.Hedge, ["hinted"] = StatementMode.Hedge,
        ["signalled"] = StatementMode.Hedge, ["signaled"] = StatementMode.Hedge, ["predicted"] = StatementMode.Hedge,
        ["believes"] = StatementMode.Hedge, ["complained"] = null, ["protested"] = null, ["accused"] = null,
        ["praised"] = null, ["welcomed"] = null, ["welcomes"] = null, ["described"] = null, ["blamed"] = null, ["requested"] = null, ["condemned"] = null, ["criticised"] = null, ["criticized"] = null,
        ["warned"] = StatementMode.Warn, ["warns"] = StatementMode.Warn, ["cautioned"] = StatementMode.Warn, ["threatened"] = StatementMode.Warn,
        ["urged"] = StatementMode.Demand, ["urges"] = StatementMode.Demand, ["demanded"] = StatementMode.Demand, ["demands"] = StatementMode.Demand,
        ["pressed"] = StatementMode.Demand, ["called"] = StatementMode.Demand, ["calls"] = StatementMode.Demand,
        ["denied"] = StatementMode.Deny, ["denies"] = StatementMode.Deny, ["rejected"] = StatementMode.Deny, ["rejects"] = StatementMode.Deny,
        ["dismissed"] = StatementMode.Deny, ["refuted"] = StatementMode.Deny,
        ["declined"] = StatementMode.Decline, ["declines"] = StatementMode.Decline, ["refused"] = StatementMode.Decline, ["refuses"] = StatementMode.Decline,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Cues whose object is the content itself ("welcomed the decision"), not a that-clause.</summary>
    private static readonly FrozenSet<string> TakesObject = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "welcomed", "welcomes", "praised", "condemned", "criticised", "criticized", "denied", "denies", "rejected", "rejects",
        "dismissed", "refuted", "urged", "urges", "demanded", "demands", "pressed", "called", "calls", "accused", "declined", "described",
        "declines", "refused", "refuses", "threatened",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>What a refusal is about when it is a refusal to speak rather than a position.</summary>
    private static readonly string[] SpeakingWords =
    [
        "comment", "confirm", "discuss", "elaborate", "specify", "speculate", "disclose", "say", "answer", "respond", "detail",
        "details", "give", "go into", "be drawn", "name", "reveal",
    ];

    /// <summary>Verbs of belief and finding that attribute only with a that-clause: "voters agreed that …".</summary>
    private static readonly FrozenDictionary<string, StatementMode?> ThatVerbs = new Dictionary<string, StatementMode?>(StringComparer.OrdinalIgnoreCase)
    {
        ["agreed"] = null, ["agree"] = null, ["believe"] = StatementMode.Hedge, ["believed"] = StatementMode.Hedge,
        ["think"] = StatementMode.Hedge, ["thinks"] = StatementMode.Hedge, ["thought"] = StatementMode.Hedge,
        ["fear"] = StatementMode.Warn, ["fears"] = StatementMode.Warn, ["feared"] = StatementMode.Warn, ["worried"] = StatementMode.Warn,
        ["hope"] = StatementMode.Hedge, ["hopes"] = StatementMode.Hedge, ["hoped"] = StatementMode.Hedge,
        ["expect"] = StatementMode.Hedge, ["expects"] = StatementMode.Hedge, ["expected"] = StatementMode.Hedge,
        ["knew"] = null, ["felt"] = null, ["feel"] = null, ["feels"] = null, ["doubt"] = StatementMode.Hedge, ["doubted"] = StatementMode.Hedge,
        ["concluded"] = null, ["learned"] = null, ["found"] = null, ["finds"] = null, ["shows"] = null, ["showed"] = null,
        ["show"] = null, ["suggests"] = StatementMode.Hedge, ["revealed"] = null, ["disclosed"] = null, ["alleged"] = null,
        ["alleges"] = null, ["charged"] = null, ["contends"] = null, ["contended"] = null, ["warn"] = StatementMode.Warn,
        ["say"] = null, ["argue"] = null, ["insist"] = null, ["acknowledge"] = null,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Participles that add a second statement by the same speaker: "…, saying the plan was unwise".</summary>
    private static readonly FrozenDictionary<string, string> Participles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["saying"] = "said", ["adding"] = "added", ["arguing"] = "argued", ["claiming"] = "claimed", ["insisting"] = "insisted",
        ["noting"] = "noted", ["warning"] = "warned", ["stressing"] = "stressed", ["declaring"] = "declared", ["explaining"] = "explained",
        ["asserting"] = "asserted", ["urging"] = "urged", ["accusing"] = "accused", ["promising"] = "promised", ["vowing"] = "vowed",
        ["pledging"] = "pledged", ["denying"] = "denied", ["telling"] = "told", ["writing"] = "wrote",
        ["suggesting"] = "suggested", ["describing"] = "said", ["questioning"] = "said", ["rejecting"] = "rejected", ["calling"] = "said",
        ["dismissing"] = "dismissed", ["refuting"] = "refuted", ["conceding"] = "conceded", ["acknowledging"] = "acknowledged",
        ["admitting"] = "admitted", ["confirming"] = "confirmed", ["reiterating"] = "reiterated", ["emphasising"] = "emphasised",
        ["emphasizing"] = "emphasized", ["predicting"] = "predicted",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The finite cue a participle stands for ("saying" → "said"), or null when the word is no speech participle.</summary>
    public static string? ParticipleCue(Token token) =>
        token.IsWord && !token.InQuote && Participles.TryGetValue(token.Text, out var cue) ? cue : null;

    /// <summary>"calling for" and "calling on" make demands; "calling the plan a mistake" says what the plan is.</summary>
    public static string? ParticipleCue(IReadOnlyList<Token> tokens, int index)
    {
        var cue = ParticipleCue(tokens[index]);
        if (cue is null || !tokens[index].Is("calling")) return cue;
        return index + 1 < tokens.Count && (tokens[index + 1].Is("for") || tokens[index + 1].Is("on")) ? null : cue;
    }

    public static bool IsCue(Token token, IReadOnlyList<Token> tokens, int index)
    {
        if (!token.IsWord || token.InQuote) return false;
        if (ThatVerbs.ContainsKey(token.Text) && !Verbs.ContainsKey(token.Text))
            return index + 1 < tokens.Count && tokens[index + 1].Is("that") || EndsReportingClause(tokens, index);
        if (!Verbs.ContainsKey(token.Text)) return false;
        if (PressesOrOwnsADeed(tokens, index) || NamesInsideWhat(tokens, index)) return false;
        // "called" and "calls" introduce speech as "called for" / "called on", or name something: "called the report a lie".
        if (token.Is("called") || token.Is("calls"))
            return index + 1 < tokens.Count && (tokens[index + 1].Is("for") || tokens[index + 1].Is("on")
                || Lexicon.Determiners.Contains(tokens[index + 1].Text) || tokens[index + 1].Is("it") || tokens[index + 1].Is("them"));
        return true;
    }

    /// <summary>
    /// "reconfirming what it called the safety profile", "what the ministry described as a routine drill": a cue whose
    /// subject follows "what" names a thing inside a noun phrase when the sentence has its speech further on ("…, the
    /// drugmaker said"); without one ("apologised for what he called a lapse") the naming is all that was said.
    /// </summary>
    private static bool NamesInsideWhat(IReadOnlyList<Token> tokens, int index)
    {
        if (!NamingVerbs.Contains(tokens[index].Text)) return false;
        for (var back = 1; back <= 4 && index - back >= 0; back++)
        {
            var t = tokens[index - back];
            if (t.Is("what")) return back >= 2 && SpeechFollows(tokens, index);
            if (!t.IsWord || t.InQuote) return false;
        }
        return false;
    }

    private static bool SpeechFollows(IReadOnlyList<Token> tokens, int index)
    {
        for (var j = index + 1; j < tokens.Count; j++)
            if (tokens[j].IsWord && !tokens[j].InQuote && Verbs.ContainsKey(tokens[j].Text) && !NamingVerbs.Contains(tokens[j].Text)) return true;
        return false;
    }

    private static readonly FrozenSet<string> NamingVerbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "called", "calls", "described", "describes", "termed", "terms", "dubbed", "labelled", "labeled",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Deeds = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "attack", "attacks", "bombing", "killing", "lives", "life", "victory", "title",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"pressed an assault", "pressed charges", "claimed the attack": an act pressed on or a deed owned, not words.</summary>
    private static bool PressesOrOwnsADeed(IReadOnlyList<Token> tokens, int index)
    {
        if (!(tokens[index].Is("pressed") || tokens[index].Is("claimed")) || index + 1 >= tokens.Count) return false;
        var next = tokens[index + 1];
        return next.Is("an") || next.Is("a") || next.Is("charges") || next.Is("responsibility")
               || tokens[index].Is("claimed") && next.Is("the") && index + 2 < tokens.Count && Deeds.Contains(tokens[index + 2].Text);
    }

    /// <summary>
    /// "…, the two leaders agreed on Tuesday.": a verb of belief or agreement that ends its sentence, or is followed only by
    /// when, reports the words before it.
    /// </summary>
    private static bool EndsReportingClause(IReadOnlyList<Token> tokens, int index)
    {
        if (index == 0 || index + 1 >= tokens.Count) return index > 0 && index + 1 == tokens.Count;
        var next = tokens[index + 1];
        if (next.Text is "." or "!") return true;
        return (next.Is("on") || next.Is("last") || next.Is("this")) && index + 2 < tokens.Count
               && TimeExpressions.IsCalendarWord(tokens, index + 2) && (index + 3 == tokens.Count || tokens[index + 3].Text is "." or "!");
    }

    public static bool TakesObjectContent(string cue) => TakesObject.Contains(cue);

    /// <summary>"called the report a lie": naming, not a demand ("called for", "called on").</summary>
    public static bool Naming(IReadOnlyList<Token> tokens, int index) =>
        (tokens[index].Is("called") || tokens[index].Is("calls")) && index + 1 < tokens.Count && !tokens[index + 1].Is("for") && !tokens[index + 1].Is("on");

    public static bool IsTold(string cue) => cue.Equals("told", StringComparison.OrdinalIgnoreCase) || cue.Equals("tells", StringComparison.OrdinalIgnoreCase);

    /// <summary>The mode the cue itself imposes, if any; a refusal counts as declining only when it is about speaking.</summary>
    public static StatementMode? ModeOf(string cue, string content)
    {
        if (!Verbs.TryGetValue(cue, out var mode)) return ThatVerbs.GetValueOrDefault(cue);
        if (mode != StatementMode.Decline) return mode;
        var lowered = content.ToLowerInvariant();
        return SpeakingWords.Any(word => lowered.Contains(word, StringComparison.Ordinal)) ? StatementMode.Decline : StatementMode.Deny;
    }
}
