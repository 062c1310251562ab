using Monitor.Analysis.Text;

namespace Monitor.Analysis.Extraction;

/// <summary>
/// Cuts the article into <see cref="TextUnit"/>s: at line breaks and at sentence ends outside quotes.
/// A full stop ends a sentence only when the next word starts a new one (capital, digit or quote
/// mark) and the word before it is not an abbreviation or an initial.
/// </summary>
internal static class UnitSegmenter
{
    public static List<TextUnit> Segment(string text, List<QuoteSpan> quotes, bool[] inQuote)
    {
        var units = new List<TextUnit>();
        var paragraph = 0;
        var start = 0;
        var quoteIndex = 0;

        void Emit(int end)
        {
            var s = start;
            while (s < end && char.IsWhiteSpace(text[s])) s++;
            var e = end;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s)
            {
                var own = new List<QuoteSpan>();
                while (quoteIndex < quotes.Count && quotes[quoteIndex].Open < e)
                {
                    if (quotes[quoteIndex].Open >= s) own.Add(quotes[quoteIndex]);
                    quoteIndex++;
                }
                units.Add(new TextUnit(s, e, paragraph, own));
            }
            start = end;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' && !inQuote[i])
            {
                Emit(i);
                if (HasTextSince(text, i)) paragraph++;
                continue;
            }
            if (inQuote[i])
            {
                // A closing mark right after a full stop ends the sentence when a new one follows.
                if (IsClosingMarkOfSentence(text, i, inQuote) && StartsNewSentence(text, i + 1)) Emit(i + 1);
                continue;
            }
            if (c is '.' or '!' or '?' && StartsNewSentence(text, i + 1) && !(c == '.' && Abbreviations.EndAt(text, i)))
            {
                var end = i + 1;
                while (end < text.Length && text[end] is ')' or ']') end++;
                Emit(end);
                i = end - 1;
            }
        }
        Emit(text.Length);
        return units;
    }

    private static bool HasTextSince(string text, int newline)
    {
        for (var j = newline - 1; j >= 0 && text[j] != '\n'; j--)
            if (!char.IsWhiteSpace(text[j])) return true;
        return false;
    }

    private static bool IsClosingMarkOfSentence(string text, int i, bool[] inQuote) =>
        QuoteScanner.IsQuoteMark(text[i]) && i > 0 && text[i - 1] is '.' or '!' or '?'
        && (i + 1 >= text.Length || !inQuote[i + 1]);

    private static bool StartsNewSentence(string text, int from)
    {
        if (from >= text.Length) return false;
        if (!char.IsWhiteSpace(text[from])) return false;
        var j = from;
        while (j < text.Length && text[j] is ' ' or '\t') j++;
        if (j >= text.Length) return false;
        var c = text[j];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\u201E' or '(' or '\'' or '\u2018';
    }
}
