using System.Globalization;
using Monitor.Abstractions;
using Monitor.Analysis.Claims;
using Monitor.Analysis.Text;

namespace Monitor.Analysis.Contradictions;

/// <summary>
/// Writes explanations a reader can check in ten seconds: who, the exact conflicting words with when
/// each was said, then both statements: "nato: 'no plans to impose' (3 Feb 2025) vs 'take effect' (9 Mar 2025). …".
/// </summary>
public static class ExplanationWriter
{
    /// <summary>Statements whose time is unknown carry this instant; explanations then say "earlier"/"later".</summary>
    public static readonly DateTimeOffset UnknownTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string Write(string headline, PairContext pair, string earlierWords, string laterWords)
    {
        var (earlier, later) = (pair.Earlier.Statement, pair.Later.Statement);
        return $"{headline}: '{earlierWords}' ({When(earlier, "earlier")}) vs '{laterWords}' ({When(later, "later")}). " +
               $"Earlier: \"{Excerpt.Of(earlier.Text)}\"{By(earlier)}; later: \"{Excerpt.Of(later.Text)}\"{By(later)}.";
    }

    public static string Who(Statement s) => s.Actor ?? s.Speaker ?? "an unnamed source";

    public static string When(Statement s, string fallback) =>
        s.SaidAt == UnknownTime ? fallback : s.SaidAt.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The date as written, with the day it resolves to when the words alone do not say it ("on Thursday = 6 Feb 2025").</summary>
    public static string DateWords(ClaimDate date)
    {
        var resolved = date.Precision switch
        {
            DatePrecision.Day => date.Start.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
            DatePrecision.Week => "week of " + date.Start.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
            DatePrecision.Month => date.Start.ToString("MMM yyyy", CultureInfo.InvariantCulture),
            _ => date.Start.Year.ToString(CultureInfo.InvariantCulture),
        };
        var spelledOut = string.Join(' ', ClaimKey.Words(date.Text));
        return resolved.StartsWith(spelledOut, StringComparison.OrdinalIgnoreCase) || spelledOut.StartsWith(resolved, StringComparison.OrdinalIgnoreCase)
            ? resolved
            : $"{date.Text} = {resolved}";
    }

    private static string By(Statement s)
    {
        var who = s.Actor is null ? s.Speaker : s.Speaker is null ? s.Actor : $"{s.Speaker}, {s.Actor}";
        return who is null ? "" : $" ({who})";
    }
}
