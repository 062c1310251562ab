namespace Monitor.Analysis.Extraction;

/// <summary>
/// Finds double-quoted passages, curly or straight. Newspaper style carries a long quote over
/// paragraphs by leaving the closing mark off and reopening the next paragraph with a mark, so a
/// quote still open at a paragraph end continues when the next paragraph starts with a mark and is
/// cut off there otherwise. Single quotes are left alone: they collide with apostrophes.
/// </summary>
internal static class QuoteScanner
{
    public static bool IsQuoteMark(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E';

    public static List<QuoteSpan> Scan(string text)
    {
        var quotes = new List<QuoteSpan>();
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (open < 0) continue;
                var next = i + 1;
                while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
                if (next < text.Length && text[next] is '"' or '\u201C' or '\u201E')
                {
                    i = next;
                    continue;
                }
                quotes.Add(new QuoteSpan(open, i));
                open = -1;
                continue;
            }
            switch (c)
            {
                case '\u201C' or '\u201E':
                    open = i;
                    break;
                case '\u201D' when open >= 0:
                    quotes.Add(new QuoteSpan(open, i));
                    open = -1;
                    break;
                case '"' when open >= 0:
                    quotes.Add(new QuoteSpan(open, i));
                    open = -1;
                    break;
                case '"':
                    open = i;
                    break;
            }
        }
        if (open >= 0) quotes.Add(new QuoteSpan(open, text.Length));
        return quotes;
    }
}
