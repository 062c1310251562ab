using System.Collections.Frozen;

namespace Monitor.Analysis.Extraction;

/// <summary>
/// Decides, in one linear pass and before any parser runs, whether an HTML page is within what Monitor reads:
/// at most <see cref="MaxDepth"/> elements open inside one another and <see cref="MaxElements"/> elements in all.
/// The HTML tree builder walks the stack of open elements for every start tag, so a page of 64,000 unclosed
/// <c>&lt;div&gt;</c>s costs time in the square of its depth; no news page nests anywhere near the limit, which is
/// the one browsers apply to their own DOM trees.
/// </summary>
/// <remarks>
/// The pass keeps its own stack of open elements. It over-counts rather than under-counts: an end tag closes only
/// an element it has seen open, and elements whose end tag may be left out (<c>p</c>, <c>li</c>, <c>td</c> …) are not
/// counted as nesting, so what it lets through nests no deeper than it measured.
/// </remarks>
public static class HtmlBudget
{
    public const int MaxDepth = 512;
    public const int MaxElements = 100_000;

    private static readonly FrozenSet<string> Void = FrozenSet.ToFrozenSet(
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen"],
        StringComparer.OrdinalIgnoreCase);

    // End tags that may be omitted: the parser closes these itself when the next one starts.
    private static readonly FrozenSet<string> SelfClosing = FrozenSet.ToFrozenSet(
        ["p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption",
            "rb", "rt", "rp", "rtc", "html", "head", "body"],
        StringComparer.OrdinalIgnoreCase);

    // Their content is text up to their own end tag, whatever it looks like.
    private static readonly FrozenSet<string> RawText = FrozenSet.ToFrozenSet(
        ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Why the page is beyond the budget, in words for the caller; null when it is within it.</summary>
    public static string? Exceeded(string html)
    {
        var open = new List<string>();
        var elements = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (close < 0) break;
                i = close + 3;
                continue;
            }
            var isEnd = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = isEnd ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd])) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }
            var name = html[nameStart..nameEnd];
            i = EndOfTag(html, nameEnd);
            if (isEnd)
            {
                var at = open.FindLastIndex(o => o.Equals(name, StringComparison.OrdinalIgnoreCase));
                if (at >= 0) open.RemoveRange(at, open.Count - at);
                continue;
            }
            if (++elements > MaxElements)
                return $"The HTML holds more than {MaxElements} elements; the limit is {MaxElements}.";
            if (RawText.Contains(name))
            {
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }
            if (Void.Contains(name) || SelfClosing.Contains(name)) continue;
            open.Add(name);
            if (open.Count > MaxDepth)
                return $"The HTML nests elements more than {MaxDepth} deep; the limit is {MaxDepth}.";
        }
        return null;
    }

    // The character after the tag's closing '>', skipping quoted attribute values (a quote opens one only after '=',
    // as in the parser) that may hold one.
    private static int EndOfTag(string html, int from)
    {
        char? quote = null;
        var previous = ' ';
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote is { } q)
            {
                if (c == q) quote = null;
                continue;
            }
            if (c is '"' or '\'' && previous == '=') quote = c;
            else if (c == '>') return i + 1;
            if (!char.IsWhiteSpace(c)) previous = c;
        }
        return html.Length;
    }
}
