using System.Text;

namespace Monitor.Analysis.Text;

/// <summary>
/// A normalised form of a claim's words: lower case, punctuation, function words and the words
/// that assert, deny or negate removed. "NATO denies it plans to open an office in Tokyo" and
/// "NATO plans to open an office in Tokyo" share one key.
/// </summary>
public static class ClaimKey
{
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "none", "nor", "neither", "nothing", "cannot", "can't", "won't", "don't", "doesn't",
        "didn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "shouldn't", "wouldn't",
    };

    private static readonly HashSet<string> DenialWords = new(StringComparer.Ordinal)
    {
        "deny", "denies", "denied", "denying", "false", "untrue", "baseless", "groundless", "rejects", "rejected",
    };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "it", "its", "that", "this", "there", "is", "are", "was", "were", "be", "been", "being",
        "do", "does", "did", "will", "would", "shall", "should", "has", "have", "had", "to", "of", "in", "on", "at",
        "for", "by", "with", "and", "or", "any", "report", "reports", "reported", "claim", "claims", "claimed",
        "said", "says", "say", "we", "our", "they", "their", "he", "she", "his", "her", "any", "all", "such",
        "assert", "asserts", "asserted", "confirm", "confirms", "confirmed", "indeed", "firmly", "categorically",
    };

    public static string Of(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var word in Words(text))
        {
            if (Negations.Contains(word) || DenialWords.Contains(word) || FunctionWords.Contains(word)) continue;
            if (builder.Length > 0) builder.Append(' ');
            builder.Append(word);
        }
        return builder.ToString();
    }

    /// <summary>True when the text negates or denies what it says (an odd number of negating words).</summary>
    public static bool IsNegated(string text) =>
        Words(text).Count(w => Negations.Contains(w) || DenialWords.Contains(w)) % 2 == 1;

    public static IEnumerable<string> Words(string text)
    {
        var current = new StringBuilder();
        foreach (var raw in text)
        {
            var c = raw == '\u2019' ? '\'' : char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c) || (c == '\'' && current.Length > 0))
            {
                current.Append(c);
                continue;
            }
            if (current.Length > 0) yield return Flush(current);
        }
        if (current.Length > 0) yield return Flush(current);
    }

    private static string Flush(StringBuilder current)
    {
        var word = current.ToString().TrimEnd('\'');
        current.Clear();
        return word;
    }
}
