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
        return Known.Contains(word) || (word.Contains('.', StringComparison.Ordinal) && word.Length <= 6);
    }
}
