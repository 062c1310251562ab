using System.Text;
using System.Text.RegularExpressions;

namespace Monitor.Analysis.Inference;

/// <summary>
/// How the stance model reads short social-media texts: links dropped, hashtags kept whole and also
/// split into their words ("#HillaryForPresident" is also "hillary for president"), because a hashtag
/// often carries the whole stance and its words are what the embedder and the word features know.
/// </summary>
internal static partial class StanceText
{
    [GeneratedRegex(@"https?://\S+|www\.\S+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    [GeneratedRegex(@"#\w+|@\w+|[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[!?]+|[.,;:]", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    // Camel-case runs, capitalised words, lower-case runs and digit runs: "HillaryForPresident2016".
    [GeneratedRegex(@"\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{N}+", RegexOptions.CultureInvariant)]
    private static partial Regex HashtagPart();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Space();

    /// <summary>The text without links and with whitespace collapsed, for character n-grams.</summary>
    public static string Clean(string text) => Space().Replace(Link().Replace(text, " "), " ").Trim();

    /// <summary>The text as a sentence for the embedder: hashtags become their words.</summary>
    public static string ForEmbedding(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (Match match in Token().Matches(Clean(text)))
        {
            var token = match.Value;
            if (token[0] == '#') token = string.Join(' ', Split(token[1..]));
            if (builder.Length > 0 && !IsPunctuation(token)) builder.Append(' ');
            builder.Append(token);
        }
        return builder.ToString();
    }

    /// <summary>
    /// Lower-case tokens in order, hashtags replaced by their words, plus the whole hashtags and
    /// mentions on their own (as "#tag" and "@name").
    /// </summary>
    public static (IReadOnlyList<string> Words, IReadOnlyList<string> Tags) Tokens(string text)
    {
        var words = new List<string>();
        var tags = new List<string>();
        foreach (Match match in Token().Matches(Clean(text)))
        {
            var token = match.Value;
            if (token[0] == '#')
            {
                tags.Add(token.ToLowerInvariant());
                foreach (var part in Split(token[1..])) words.Add(part.ToLowerInvariant());
                continue;
            }
            if (token[0] == '@') tags.Add(token.ToLowerInvariant());
            words.Add(token.Replace('’', '\'').ToLowerInvariant());
        }
        return (words, tags);
    }

    public static bool IsPunctuation(string token) => token.Length > 0 && !char.IsLetterOrDigit(token[0]) && token[0] is not ('@' or '#');

    private static IEnumerable<string> Split(string hashtag)
    {
        var parts = HashtagPart().Matches(hashtag).Select(m => m.Value).ToArray();
        return parts.Length == 0 ? [hashtag] : parts;
    }
}
