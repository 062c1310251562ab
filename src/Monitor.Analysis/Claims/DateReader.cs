using System.Globalization;
using System.Text.RegularExpressions;

namespace Monitor.Analysis.Claims;

/// <summary>
/// Finds date expressions in a sentence and resolves them against the time it was said: "4 May" and
/// "May 4" take the year that puts them nearest the reference, "in March" the next March (the last one in a
/// sentence about the past), "on Thursday" the next Thursday, "next year" the reference year plus one.
/// </summary>
public static partial class DateReader
{
    private const string Month = @"(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private const string Weekday = @"(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+" + Month + @"\b(?:,?\s+(?<year>(?:19|20)\d{2})\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b" + Month + @"\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>(?:19|20)\d{2})\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b" + Month + @"\s+(?<year>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:in|by|until|till|before|after|from|since|during|early|late|mid|end\s+of|next|this|last)\s+" + Month + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthOnly();

    // "in 2018", "late 2020 or early 2021": a part of a year said without its month is read to the year.
    [GeneratedRegex(@"\b(?:in|by|until|till|before|after|from|since|during|of|for|end\s+of|early|late)\s+(?<year>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearOnly();

    // "in February last year", "March of next year": a month placed in a year named relative to the reference.
    [GeneratedRegex(@"\b(?:(?:in|by|until|till|before|after|since|during|early|late|mid)\s+)?" + Month + @"\s+(?:of\s+)?(?<which>next|this|last)\s+year\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthOfRelativeYear();

    // "by the middle of next year", "mid-2022", "at the end of this year": a month within a year.
    [GeneratedRegex(@"\b(?:the\s+)?(?<part>middle|mid|end|close)(?:\s+of|-)\s*(?:(?:the\s+)?(?<which>next|this|last|coming|the)\s+year\b|(?<year>(?:19|20)\d{2})\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartOfYear();

    [GeneratedRegex(@"\b(?<word>today|tonight|tomorrow|yesterday)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Deictic();

    [GeneratedRegex(@"\b(?<which>next|this|last|coming)\s+(?<unit>week|month|year)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativePeriod();

    [GeneratedRegex(@"\b(?:(?<which>next|this|last|coming|on)\s+)?" + Weekday + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayName();

    /// <summary>Resolved dates with the character ranges they cover, in text order.</summary>
    /// <param name="pastTense">The sentence speaks of the past, so a bare weekday is the last one, not the next.</param>
    /// <param name="futureTense">The sentence speaks of what will be done, so a day named without its year is the next one.</param>
    public static IReadOnlyList<(ClaimDate Date, int Start, int End)> Read(string sentence, DateOnly reference, bool pastTense = false, bool futureTense = false)
    {
        var found = new List<(ClaimDate, int, int)>();
        var taken = new List<(int Start, int End)>();

        void Take(Match m, ClaimDate? date)
        {
            if (date is null || taken.Any(t => m.Index < t.End && t.Start < m.Index + m.Length)) return;
            taken.Add((m.Index, m.Index + m.Length));
            found.Add((date, m.Index, m.Index + m.Length));
        }

        foreach (Match m in MonthOfRelativeYear().Matches(sentence))
        {
            var step = m.Groups["which"].Value.ToLowerInvariant() switch { "next" => 1, "last" => -1, _ => 0 };
            Take(m, new ClaimDate(new DateOnly(reference.Year + step, MonthNumber(m), 1), DatePrecision.Month, m.Value));
        }
        foreach (Match m in PartOfYear().Matches(sentence)) Take(m, PartOfYearDate(m, reference));
        foreach (Match m in DayMonth().Matches(sentence)) Take(m, DayDate(m, reference, futureTense));
        foreach (Match m in MonthDay().Matches(sentence)) Take(m, DayDate(m, reference, futureTense));
        foreach (Match m in MonthYear().Matches(sentence))
            Take(m, new ClaimDate(new DateOnly(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), MonthNumber(m), 1), DatePrecision.Month, m.Value));
        foreach (Match m in MonthOnly().Matches(sentence))
        {
            var month = MonthNumber(m);
            // "Inflation fell in March", said in April: a sentence about the past means the March just gone.
            var year = m.Value.StartsWith("last", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("since", StringComparison.OrdinalIgnoreCase)
                       || pastTense && !m.Value.StartsWith("next", StringComparison.OrdinalIgnoreCase)
                ? (month <= reference.Month ? reference.Year : reference.Year - 1)
                : (month >= reference.Month ? reference.Year : reference.Year + 1);
            Take(m, new ClaimDate(new DateOnly(year, month, 1), DatePrecision.Month, m.Value));
        }
        foreach (Match m in YearOnly().Matches(sentence))
            Take(m, new ClaimDate(new DateOnly(int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture), 1, 1), DatePrecision.Year, m.Value));
        foreach (Match m in Deictic().Matches(sentence))
        {
            var offset = m.Groups["word"].Value.ToLowerInvariant() switch { "tomorrow" => 1, "yesterday" => -1, _ => 0 };
            Take(m, new ClaimDate(reference.AddDays(offset), DatePrecision.Day, m.Value));
        }
        foreach (Match m in RelativePeriod().Matches(sentence)) Take(m, Period(m, reference));
        // "the increase announced for Thursday": a day something is set for lies ahead, however the sentence is told.
        foreach (Match m in WeekdayName().Matches(sentence)) Take(m, WeekdayDate(m, reference, pastTense && !SetFor(sentence, m.Index)));
        return found.Select(f => PutOffTo(sentence, f, reference)).OrderBy(f => f.Item2).ToArray();
    }

    private static readonly string[] PutOffWords = ["postpone", "delay", "defer", "push back", "pushed back", "extend", "extension", "put off"];

    private static readonly string[] UntilWords = ["until", "till", "to", "beyond"];

    /// <summary>Whether the sentence puts an act off ("asked to postpone the exit", "a delay", "pushed back").</summary>
    public static bool PutsOff(string sentence) => PutOffWords.Any(w => sentence.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the date starting at <paramref name="start"/> is what something is put off to: "until 30 June", "to next year".</summary>
    public static bool IsPutOffTo(string sentence, int start)
    {
        var before = sentence[..start].TrimEnd();
        return UntilWords.Any(u => before.EndsWith(" " + u, StringComparison.OrdinalIgnoreCase)) && PutsOff(sentence);
    }

    /// <summary>
    /// "asked to postpone the exit until September 30", said in March: the date an act is put off to lies ahead,
    /// even when the nearest such day is behind.
    /// </summary>
    private static (ClaimDate, int, int) PutOffTo(string sentence, (ClaimDate Date, int Start, int End) found, DateOnly reference)
    {
        var (date, start, end) = found;
        if (date.Start >= reference || YearIn(date.Text) || !IsPutOffTo(sentence, start)) return found;
        return (date with { Start = date.Start.AddYears(1) }, start, end);
    }

    private static bool YearIn(string text) => Regex.IsMatch(text, @"\b\d{4}\b");

    private static ClaimDate? DayDate(Match m, DateOnly reference, bool futureTense)
    {
        var month = MonthNumber(m);
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (day < 1 || day > 31) return null;
        if (m.Groups["year"].Success)
        {
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            return day > DateTime.DaysInMonth(year, month) ? null : new ClaimDate(new DateOnly(year, month, day), DatePrecision.Day, m.Value);
        }
        // Without a year, the nearest such day to when it was said is meant: "4 May" said in December is next May.
        DateOnly? best = null;
        foreach (var year in new[] { reference.Year - 1, reference.Year, reference.Year + 1 })
        {
            if (day > DateTime.DaysInMonth(year, month)) continue;
            var candidate = new DateOnly(year, month, day);
            if (futureTense && candidate < reference) continue;
            if (best is null || Math.Abs(candidate.DayNumber - reference.DayNumber) < Math.Abs(best.Value.DayNumber - reference.DayNumber)) best = candidate;
        }
        return best is null ? null : new ClaimDate(best.Value, DatePrecision.Day, m.Value);
    }

    /// <summary>The middle of a year is read as June and its end as December, to the month.</summary>
    private static ClaimDate PartOfYearDate(Match m, DateOnly reference)
    {
        var year = m.Groups["year"].Success
            ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)
            : reference.Year + m.Groups["which"].Value.ToLowerInvariant() switch { "next" or "coming" => 1, "last" => -1, _ => 0 };
        var month = m.Groups["part"].Value.ToLowerInvariant() is "middle" or "mid" ? 6 : 12;
        return new ClaimDate(new DateOnly(year, month, 1), DatePrecision.Month, m.Value);
    }

    private static ClaimDate Period(Match m, DateOnly reference)
    {
        var step = m.Groups["which"].Value.ToLowerInvariant() switch { "next" or "coming" => 1, "last" => -1, _ => 0 };
        return m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "week" => new ClaimDate(reference.AddDays(7 * step - (((int)reference.DayOfWeek + 6) % 7)), DatePrecision.Week, m.Value),
            "month" => new ClaimDate(new DateOnly(reference.Year, reference.Month, 1).AddMonths(step), DatePrecision.Month, m.Value),
            _ => new ClaimDate(new DateOnly(reference.Year + step, 1, 1), DatePrecision.Year, m.Value),
        };
    }

    private static bool SetFor(string sentence, int at) =>
        sentence[..at].TrimEnd().EndsWith(" for", StringComparison.OrdinalIgnoreCase);

    private static ClaimDate WeekdayDate(Match m, DateOnly reference, bool pastTense)
    {
        var target = Enum.Parse<DayOfWeek>(m.Groups["weekday"].Value, ignoreCase: true);
        var which = m.Groups["which"].Value.ToLowerInvariant();
        // "Lowered rates on Thursday", reported on a Thursday, happened that day; "last Thursday" is a week before.
        var saidOfThePast = pastTense && which is "" or "on";
        if (saidOfThePast) which = "last";
        var ahead = ((int)target - (int)reference.DayOfWeek + 7) % 7;
        // "Next Monday" reads as the coming Monday far more often than the one after; a bare future weekday is never today.
        var offset = which == "last" ? (ahead == 0 ? (saidOfThePast ? 0 : -7) : ahead - 7) : (ahead == 0 ? 7 : ahead);
        return new ClaimDate(reference.AddDays(offset), DatePrecision.Day, m.Value);
    }

    private static int MonthNumber(Match m) =>
        m.Groups["month"].Value[..3].ToLowerInvariant() switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
        };
}
