using System.Text.RegularExpressions;

namespace Monitor.Analysis.Claims;

/// <summary>
/// The parts of a year a figure is given for: "in the first quarter", "Q2", "the second half". Figures for two
/// different parts ("40 million doses in the first quarter", "180 million in the second") measure two things.
/// </summary>
public static partial class ReportingPeriods
{
    [GeneratedRegex(@"\b(?<ordinal>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(?:(?:fiscal|financial|calendar)\s+)?(?<part>quarter|half)\b|\b(?<short>[QH][1-4])\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Period();

    /// <summary>The periods named, as "q1".."q4", "h1", "h2".</summary>
    public static IReadOnlySet<string> In(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Period().Matches(text))
        {
            if (m.Groups["short"].Success)
            {
                var name = m.Groups["short"].Value;
                // "Q1" is written in capitals; "h2" or "q3" in running text is something else.
                if (char.IsUpper(name[0]) && (name[0] == 'Q' || name[1] is '1' or '2')) found.Add(name.ToLowerInvariant());
                continue;
            }
            var half = m.Groups["part"].Value.Equals("half", StringComparison.OrdinalIgnoreCase);
            var number = m.Groups["ordinal"].Value.ToLowerInvariant() switch
            {
                "first" or "1st" => 1,
                "second" or "2nd" => 2,
                "third" or "3rd" => 3,
                // "the final quarter", "the last half": the end of the year.
                _ => half ? 2 : 4,
            };
            if (half && number > 2) continue;
            found.Add((half ? "h" : "q") + number);
        }
        return found;
    }

    /// <summary>Whether both texts name a part of the year and share none: their figures are for different periods.</summary>
    public static bool Differ(string a, string b)
    {
        var first = In(a);
        if (first.Count == 0) return false;
        var second = In(b);
        // "100 million in the first half" and "30 million in the first quarter" measure two spans too, one inside the other.
        return second.Count > 0 && !first.Overlaps(second);
    }
}
