using System.Collections.Frozen;

namespace Monitor.Analysis.Extraction;

/// <summary>
/// Splits text into words and punctuation marks. Apostrophes, hyphens, dots and ampersands stay
/// inside a word when a letter or digit follows them, so "China's", "Asia-Pacific" and "U.S." are
/// single words; a title, a company's legal form or an initial keeps its full stop ("Mr.", "Corp.", "E.").
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, int start, int end, bool[] inQuote)
    {
        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                var wordStart = i;
                i++;
                while (i < end)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d)) { i++; continue; }
                    if (d is '\'' or '\u2019' or '-' or '.' or '&' && i + 1 < end && char.IsLetterOrDigit(text[i + 1])) { i++; continue; }
                    break;
                }
                // Keep the full stop of a title or an initialism with its word: "Mr.", "E.", "S.E.C.".
                if (i < end && text[i] == '.' && IsAbbreviated(text, wordStart, i)) i++;
                tokens.Add(new Token(wordStart, i, text[wordStart..i], true, inQuote[wordStart]));
                continue;
            }
            tokens.Add(new Token(i, i + 1, text[i].ToString(), false, inQuote[i]));
            i++;
        }
        return tokens;
    }

    private static readonly FrozenSet<string> Titles = new HashSet<string>(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Adm", "Prof", "St", "Jr", "Sr", "Rev", "Maj", "Cmdr",
        // A company's legal form ends its name, not the sentence: "Scorewell Motor Corp. said".
        "Corp", "Cos", "Co", "Inc", "Ltd", "Bros",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool IsAbbreviated(string text, int start, int end)
    {
        var length = end - start;
        if (length == 1 && char.IsUpper(text[start])) return true;
        if (text.AsSpan(start, length).Contains('.')) return true;
        return Titles.Contains(text[start..end]);
    }
}
