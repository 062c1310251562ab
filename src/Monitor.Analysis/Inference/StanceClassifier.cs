using Monitor.Abstractions;
using Monitor.Analysis.Text;

namespace Monitor.Analysis.Inference;

/// <summary>
/// Stance toward a topic from support and opposition cue words; a negation within the three words
/// before a cue flips it ("does not oppose" supports). No cue, or as many of each, is neutral.
/// </summary>
public static class StanceClassifier
{
    private static readonly HashSet<string> SupportCues = new(StringComparer.Ordinal)
    {
        "support", "supports", "supported", "welcome", "welcomes", "welcomed", "back", "backs", "backed", "endorse",
        "endorses", "endorsed", "favour", "favours", "favor", "favors", "praise", "praised", "praises", "recognise",
        "recognises", "recognize", "recognizes", "approve", "approves", "approved", "embrace", "embraces", "ratify",
        "ratifies", "ratified", "join", "joins", "promising", "deepen", "strengthen", "strengthening",
    };

    private static readonly HashSet<string> OpposeCues = new(StringComparer.Ordinal)
    {
        "oppose", "opposes", "opposed", "reject", "rejects", "rejected", "condemn", "condemns", "condemned", "against",
        "vigilance", "resist", "resists", "protest", "protests", "protested", "object", "objects", "objected",
        "denounce", "denounces", "denounced", "criticise", "criticised", "criticize", "criticized", "confrontation",
        "interference", "provoke", "threat", "threatens", "never",
    };

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "don't", "doesn't", "didn't", "won't", "cannot", "can't", "nor",
    };

    public static Stance Classify(string text)
    {
        var words = ClaimKey.Words(text).ToArray();
        var score = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var sign = SupportCues.Contains(words[i]) ? 1 : OpposeCues.Contains(words[i]) ? -1 : 0;
            if (sign == 0) continue;
            if (PastStanceInARelative(words, i)) continue;
            var negated = false;
            for (var j = Math.Max(0, i - 3); j < i; j++) negated |= Negations.Contains(words[j]) && words[i] != "never";
            score += negated ? -sign : sign;
        }
        return score > 0 ? Stance.Support : score < 0 ? Stance.Oppose : Stance.Neutral;
    }

    /// <summary>
    /// "over the decision to seek help from the Fund, which he had long opposed": a stance once held, told in a clause that
    /// describes the matter, is not the stance the statement takes.
    /// </summary>
    private static bool PastStanceInARelative(string[] words, int cue)
    {
        var had = -1;
        for (var j = cue - 1; j >= Math.Max(0, cue - 4); j--)
        {
            if (words[j] == "had") had = j;
            else if (words[j] is "which" or "that" or "whom") return had > j;
        }
        return false;
    }
}
