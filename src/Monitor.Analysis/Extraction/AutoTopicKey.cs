using System.Collections.Frozen;
using Monitor.Analysis.Text;

namespace Monitor.Analysis.Extraction;

/// <summary>
/// Groups statements on matters no configured topic covers. The key is "~auto-" followed by the
/// two most salient words of the content, in alphabetical order: names written with a capital
/// inside the sentence count first, then the longest remaining content words (no function words,
/// speech or modal verbs, negations). The same words reported by several outlets give the same
/// key; a paraphrase may not, which is the price of needing no model. Null when nothing salient
/// is left.
/// </summary>
public static class AutoTopicKey
{
    public const string Prefix = "~auto-";

    private static readonly FrozenSet<string> Ignored = new HashSet<string>(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is", "are",
        "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "there", "their", "they", "them",
        "we", "our", "us", "you", "your", "he", "she", "his", "her", "i", "my", "will", "would", "should", "could", "can",
        "may", "might", "must", "shall", "has", "have", "had", "do", "does", "did", "not", "no", "never", "said", "says",
        "say", "told", "also", "very", "more", "most", "much", "many", "some", "any", "all", "such", "than", "then", "which",
        "who", "what", "when", "where", "while", "about", "into", "over", "after", "before", "between", "because", "only",
        "other", "others", "would", "wants", "want", "continue", "continued", "make", "made", "take", "taken", "including",
        "against", "within", "without", "under", "through", "since", "until", "already", "still", "just", "even", "each",
        "both", "either", "neither", "nor", "so", "if", "whether", "how", "why", "being", "been", "against", "well",
        "time", "times", "year", "years", "week", "month", "today", "yesterday", "country", "countries", "people", "things",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static string? Of(string content)
    {
        var candidates = new Dictionary<string, int>(StringComparer.Ordinal);
        var atSentenceStart = true;
        var start = -1;
        for (var i = 0; i <= content.Length; i++)
        {
            var c = i < content.Length ? content[i] : ' ';
            if (char.IsLetterOrDigit(c) || (start >= 0 && c is '-' && i + 1 < content.Length && char.IsLetter(content[i + 1])))
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0)
            {
                Consider(content[start..i], atSentenceStart, candidates);
                atSentenceStart = false;
                start = -1;
            }
            if (c is '.' or '!' or '?') atSentenceStart = true;
        }
        var chosen = candidates
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(2)
            .Select(pair => pair.Key)
            .Order(StringComparer.Ordinal)
            .ToArray();
        return chosen.Length == 0 ? null : Prefix + string.Join('-', chosen);
    }

    private static void Consider(string word, bool atSentenceStart, Dictionary<string, int> candidates)
    {
        var lowered = string.Join('-', ClaimKey.Words(word));
        if (lowered.Length < 4 && !(word.Length >= 2 && word.All(char.IsUpper))) return;
        if (Ignored.Contains(lowered) || lowered.All(char.IsDigit)) return;
        if (lowered.EndsWith("ly", StringComparison.Ordinal)) return;
        var isName = char.IsUpper(word[0]) && !atSentenceStart;
        var score = (isName ? 100 : 0) + Math.Min(lowered.Length, 12);
        if (!candidates.TryGetValue(lowered, out var existing) || existing < score) candidates[lowered] = score;
    }
}
