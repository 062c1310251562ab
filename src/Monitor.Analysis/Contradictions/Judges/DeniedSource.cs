using System.Text.RegularExpressions;
using Monitor.Abstractions;

namespace Monitor.Analysis.Contradictions.Judges;

/// <summary>
/// Whose report a denial names: "dismissed as false a report by journalist Seymour Hersh", "rejected suggestions in
/// the West", "denied a story in the Daily Courier". A denial that names its source answers that source's report and
/// no other, however close in words another one is.
/// </summary>
public static partial class DeniedSource
{
    [GeneratedRegex(@"\b(?:reports?|reporting|article|story|claims?|suggestions?|allegations?|accusations?|assertions?)\s+(?:made\s+)?(?:by|from|in)\s+(?:(?:the|a|an|journalist|investigative|reporter|columnist|newspaper|magazine|broadcaster|outlet|website|news|agency)\s+){0,3}(?<name>[A-Z][\w'.-]*(?:\s+(?:of\s+)?[A-Z][\w'.-]*){0,4})",
        RegexOptions.CultureInvariant)]
    private static partial Regex NamedSource();

    // "dismissed a New York Times report", "denied Bloomberg's story": the outlet named before the noun.
    [GeneratedRegex(@"\b(?:a|an|the|this|that)?\s*(?<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4})(?:'s|\u2019s|'|\u2019)?\s+(?:reports?|reporting|article|story|account)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex NamedBefore();

    // "an announcement by the president's own spokesman", "remarks made by its minister": words of the actor's own side.
    [GeneratedRegex(@"\b(?:announcements?|statements?|remarks?|comments?|words|claims?|reports?)\s+(?:made\s+)?(?:by|from|of)\s+(?:[\w'’-]+\s+){0,3}?(?:own|spokes(?:man|woman|person)|minister|secretary|office|ministry)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OwnVoice();

    /// <summary>
    /// Whether a denial says that what it denies came from the actor's own side ("an announcement by the president's own
    /// spokesman") or names the earlier statement's speaker, so it answers that statement and not a report by others.
    /// </summary>
    public static bool NamesOwnVoice(Statement denial, Statement earlier)
    {
        if (OwnVoice().IsMatch(denial.Text)) return true;
        var surname = earlier.Speaker?.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return surname is { Length: >= 3 } && char.IsUpper(surname[0]) && Regex.IsMatch(denial.Text, @"\b" + Regex.Escape(surname) + @"(?:'s|’s)?\s+(?:remarks?|comments?|statements?|words|announcement|claims?)\b");
    }

    /// <summary>
    /// True when the denial names the report's speaker or outlet, false when it names someone else, null when it
    /// names no source.
    /// </summary>
    public static bool? Matches(Statement denial, Statement report)
    {
        var match = NamedSource().Match(denial.Text);
        if (!match.Success) match = NamedBefore().Match(denial.Text);
        if (!match.Success) return null;
        var named = Words(match.Groups["name"].Value);
        // "Suggestions in the West", "reports in Western media" name a side, not a source to match words with.
        named.ExceptWith(Collective);
        if (named.Count == 0) return null;
        var reporters = Words(string.Join(' ', report.Sources.Select(s => s.Name).Append(report.Speaker ?? "")));
        return named.Overlaps(reporters);
    }

    private static readonly string[] Collective =
        ["west", "western", "east", "eastern", "media", "press", "government", "governments", "officials", "sources", "capitals", "foreign", "international", "local", "state",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
         "june", "july", "august", "september", "october", "november", "december", "earlier", "new", "latest", "first"];

    private static HashSet<string> Words(string text) =>
        text.Split((char[])[' ', ',', '\'', '’'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 2 && char.IsUpper(w[0]) && w is not ("The" or "And"))
            .Select(w => w.TrimEnd('.').ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
}
