using System.Text.RegularExpressions;

namespace Monitor.Analysis.Contradictions.Judges;

/// <summary>
/// Words that say a dated event will not happen on its date: "postponed", "delayed", "called off", "scrapped". Said
/// outright they drop the date; ruled out ("will not be postponed", "without delay") or only supposed ("would rather
/// resign than ask for a delay", "a motion to force him to seek a delay") they keep it.
/// </summary>
public static partial class DateDropWords
{
    [GeneratedRegex(@"\b(postpon(?:e|ed|es|ing|ement)|delay(?:ed|s|ing)?|defer(?:red|s)?|cancel(?:l?ed|s|lation)?|call(?:ed|s)? off|scrap(?:ped|s)?|shelv(?:e|ed|es)|put off|put back|push(?:ed|es)? back)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Drop();

    private static readonly HashSet<string> RuledOut = new(StringComparer.OrdinalIgnoreCase) { "not", "never", "no", "without", "n't" };

    private static readonly HashSet<string> Supposing = new(StringComparer.OrdinalIgnoreCase)
    {
        "than", "rather", "refuse", "refused", "refuses", "ask", "asks", "asking", "seek", "seeks", "seeking", "force", "forced", "forcing",
        "request", "requesting", "would", "could", "might", "may", "if", "unless", "whether", "avoid", "against",
    };

    /// <summary>The drop word the text says outright, lower-cased; null when it names none or only rules one out or supposes it.</summary>
    public static string? Asserted(string text)
    {
        foreach (Match match in Drop().Matches(text))
        {
            var before = WordsBefore(text, match.Index);
            if (!before.Any(w => RuledOut.Contains(w) || Supposing.Contains(w))) return match.Value.ToLowerInvariant();
        }
        return null;
    }

    /// <summary>Whether the text rules out or supposes a drop ("will not be postponed", "rather than ask for a delay").</summary>
    public static bool OnlyRulesOut(string text) => Drop().IsMatch(text) && Asserted(text) is null;

    private static IEnumerable<string> WordsBefore(string text, int at) =>
        text[..at].Replace("n't", " n't", StringComparison.OrdinalIgnoreCase)
            .Split((char[])[' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries).TakeLast(6);
}
