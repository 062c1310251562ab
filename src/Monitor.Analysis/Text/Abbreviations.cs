using System.Collections.Frozen;

namespace Monitor.Analysis.Text;

/// <summary>
/// Whether a full stop closes an abbreviation or an initial ("Oct. 31", "Mr. Tusk", "U.S. officials", "J. Biden")
/// rather than a sentence: every splitter of text into sentences asks here, so "Oct. 31" stays one date everywhere.
/// </summary>
internal static class Abbreviations
{
    private static readonly FrozenSet<string> Known = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "sen", "rep", "gov", "st",
        "jr", "sr", "no", "vs", "inc", "co", "cos", "corp", "ltd", "bros", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "e.g", "i.e", "etc", "approx", "dept", "est", "fig", "u.s", "u.k", "u.n", "mt", "ft",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the full stop at <paramref name="dot"/> ends an abbreviation or a single capital initial.</summary>
    public static bool EndAt(string text, int dot)
    {
        var j = dot - 1;
        while (j >= 0 && (char.IsLetter(text[j]) || text[j] == '.')) j--;
        var word = text[(j + 1)..dot];
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        // "shortly after 7.30 p.m. The government, he said, …": a clock time ends the sentence unless the day or zone follows.
        if (word.Equals("a.m", StringComparison.OrdinalIgnoreCase) || word.Equals("p.m", StringComparison.OrdinalIgnoreCase))
            return TimeQualifierFollows(text, dot + 1);
        return Known.Contains(word) || (word.Contains('.', StringComparison.Ordinal) && word.Length <= 6);
    }

    private static readonly FrozenSet<string> DayWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "yesterday", "local",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the word after a clock time says its day or zone ("7 p.m. Tuesday", "9 a.m. GMT"), so the time goes on.</summary>
    private static bool TimeQualifierFollows(string text, int from)
    {
        var i = from;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        var start = i;
        while (i < text.Length && char.IsLetter(text[i])) i++;
        var next = text[start..i];
        if (next.Length == 0) return true;
        return DayWords.Contains(next) || next.Length is >= 2 and <= 4 && next.All(char.IsUpper);
    }
}
