namespace Monitor.Analysis.Extraction;

/// <summary>
/// Finds double-quoted passages, curly or straight. Newspaper style carries a long quote over
/// paragraphs by leaving the closing mark off and reopening the next paragraph with a mark, so a
/// quote still open at a paragraph end continues when the next paragraph starts with a mark and is
/// cut off there otherwise. A quote closes only with a mark of its own style, so quotes of the
/// other style inside it stay nested. Single quotes are left alone: they collide with apostrophes.
/// </summary>
internal static class QuoteScanner
{
    public static bool IsQuoteMark(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E';

    public static List<QuoteSpan> Scan(string text)
    {
        var quotes = new List<QuoteSpan>();
        var open = -1;
        var straight = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (open < 0) continue;
                var next = i + 1;
                while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
                if (next < text.Length && (straight ? text[next] == '"' : text[next] is '\u201C' or '\u201E'))
                {
                    i = next;
                    continue;
                }
                quotes.Add(new QuoteSpan(open, i));
                open = -1;
                continue;
            }
            if (open >= 0)
            {
                // Only a mark of the opening style closes: a curly quote inside a straight one is nested, and the other way round.
                if (straight ? c == '"' : c == '\u201D')
                {
                    quotes.Add(new QuoteSpan(open, i));
                    open = -1;
                }
                continue;
            }
            if (c is '"' or '\u201C' or '\u201E')
            {
                open = i;
                straight = c == '"';
            }
        }
        if (open >= 0) quotes.Add(new QuoteSpan(open, text.Length));
        quotes.RemoveAll(q => IsNickname(text, q));
        return quotes;
    }

    /// <summary>
    /// Ivo "Ace" Kral: one capitalised word quoted between two parts of a name is what the person is called, not
    /// words they said.
    /// </summary>
    private static bool IsNickname(string text, QuoteSpan quote)
    {
        if (quote.Close >= text.Length || quote.Close - quote.Open < 3 || quote.Close - quote.Open > 16) return false;
        var inner = text[(quote.Open + 1)..quote.Close];
        if (!char.IsUpper(inner[0]) || !inner.All(char.IsLetter)) return false;
        var before = quote.Open >= 2 && text[quote.Open - 1] == ' ' && char.IsLetter(text[quote.Open - 2]);
        var after = quote.Close + 2 < text.Length && text[quote.Close + 1] == ' ' && char.IsUpper(text[quote.Close + 2]);
        if (!before || !after) return false;
        var start = quote.Open - 2;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return char.IsUpper(text[start]);
    }
}
