namespace Monitor.Analysis.Extraction;

/// <summary>
/// Splits text into words and punctuation marks. Apostrophes, hyphens, dots and ampersands stay
/// inside a word when a letter or digit follows them, so "China's", "Asia-Pacific" and "U.S" are
/// single words.
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
                tokens.Add(new Token(wordStart, i, text[wordStart..i], true, inQuote[wordStart]));
                continue;
            }
            tokens.Add(new Token(i, i + 1, text[i].ToString(), false, inQuote[i]));
            i++;
        }
        return tokens;
    }
}
