using System.Text.RegularExpressions;

namespace Monitor.Analysis.Extraction;

/// <summary>
/// Dates a statement from the time words around its attribution ("said on Thursday", "last June",
/// "in March", "yesterday"), read against the publication time and never later than it. A
/// statement is said at the start of the day or month the words name; with no such words, or
/// when they name the publication day itself, it was said at publication. Words inside the
/// content ("the office opens next year") describe the matter, not the saying, so callers pass
/// only the attribution frame.
/// </summary>
internal static partial class SaidAtResolver
{
    public static DateTimeOffset Resolve(string frame, DateTimeOffset publishedAt)
    {
        var match = TimeWords().Matches(frame).FirstOrDefault(m => !DatesAnotherEvent(frame, m.Index));
        if (match is null) return publishedAt;
        var published = DateOnly.FromDateTime(publishedAt.DateTime);
        var day = DayOf(match, published);
        if (day is not { } d || d >= published) return publishedAt;
        return new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), publishedAt.Offset);
    }

    private static readonly string[] EventMarkers = ["since", "after", "before", "until"];

    /// <summary>
    /// "in his first interview since taking office in May": time words in a clause led by "since", "after", "before" or
    /// "until" date that other event, not the saying.
    /// </summary>
    private static bool DatesAnotherEvent(string frame, int at)
    {
        var start = frame.LastIndexOfAny([',', ';', '.'], Math.Max(0, at - 1)) + 1;
        var clause = frame[start..at];
        return clause.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(w => EventMarkers.Contains(w.ToLowerInvariant(), StringComparer.Ordinal));
    }

    private static DateOnly? DayOf(Match match, DateOnly published)
    {
        if (match.Groups["weekday"].Success)
        {
            var target = Enum.Parse<DayOfWeek>(match.Groups["weekday"].Value, ignoreCase: true);
            var back = ((int)published.DayOfWeek - (int)target + 7) % 7;
            if (match.Groups["lastweekday"].Success && back == 0) back = 7;
            return published.AddDays(-back);
        }
        if (match.Groups["yesterday"].Success) return published.AddDays(-1);
        // "two weeks ago", "four days earlier": counted back from publication. "Earlier" counts from the time the story
        // last named, which is never after publication, so the day found is at worst a little late, never after it.
        if (match.Groups["count"].Success && CountOf(match.Groups["count"].Value) is { } n)
        {
            return match.Groups["countunit"].Value.ToLowerInvariant().TrimEnd('s') switch
            {
                "day" => published.AddDays(-n),
                "week" => published.AddDays(-7 * n),
                "month" => published.AddMonths(-n),
                "year" => published.AddYears(-n),
                _ => null,
            };
        }
        if (match.Groups["lastunit"].Success)
        {
            return match.Groups["lastunit"].Value.ToLowerInvariant() switch
            {
                "week" => published.AddDays(-7),
                "month" => new DateOnly(published.Year, published.Month, 1).AddMonths(-1),
                "year" => new DateOnly(published.Year - 1, 1, 1),
                _ => null,
            };
        }
        if (match.Groups["lastmonth"].Success)
        {
            var month = MonthNumber(match.Groups["lastmonth"].Value);
            var year = month < published.Month ? published.Year : published.Year - 1;
            return new DateOnly(year, month, 1);
        }
        if (match.Groups["inmonth"].Success)
        {
            var month = MonthNumber(match.Groups["inmonth"].Value);
            var year = month <= published.Month ? published.Year : published.Year - 1;
            if (match.Groups["year"].Success) year = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
            // "in February last year": the year is named, relative to publication.
            if (match.Groups["relyear"].Success) year = published.Year - (match.Groups["relyear"].Value.Equals("last", StringComparison.OrdinalIgnoreCase) ? 1 : 0);
            return new DateOnly(year, month, 1);
        }
        if (match.Groups["datemonth"].Success)
        {
            var month = MonthNumber(match.Groups["datemonth"].Value);
            var dayOfMonth = int.Parse(match.Groups["dateday"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var year = published.Year;
            if (dayOfMonth > DateTime.DaysInMonth(year, month)) return null;
            var candidate = new DateOnly(year, month, dayOfMonth);
            if (candidate > published) candidate = candidate.AddYears(-1);
            return candidate;
        }
        return null;
    }

    private static readonly string[] CountWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private static int? CountOf(string word)
    {
        if (int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)) return n is >= 1 and <= 400 ? n : null;
        var at = Array.IndexOf(CountWords, word.ToLowerInvariant());
        return at >= 0 ? at + 1 : word.Equals("a", StringComparison.OrdinalIgnoreCase) ? 1 : null;
    }

    private static int MonthNumber(string name) =>
        Array.IndexOf(Lexicon.Months, name.ToLowerInvariant()) + 1;

    [GeneratedRegex(
        @"\b(?:(?<lastweekday>last\s+)?(?:on\s+)?(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b" +
        @"|(?<yesterday>yesterday)\b" +
        @"|(?<count>\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?<countunit>days?|weeks?|months?|years?)\s+(?:ago|earlier)\b" +
        @"|last\s+(?<lastunit>week|month|year)\b" +
        @"|(?:on\s+)?(?<datemonth>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<dateday>\d{1,2})\b" +
        @"|last\s+(?<lastmonth>January|February|March|April|May|June|July|August|September|October|November|December)\b" +
        @"|in\s+(?<inmonth>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?<year>\d{4})|\s+(?:of\s+)?(?<relyear>last|this)\s+year)?\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TimeWords();
}
