using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Monitor.Analysis.Extraction;

/// <summary>
/// Turns an HTML page into the plain text extraction reads: scripts, styles and other non-content
/// elements dropped, entities decoded, runs of whitespace collapsed, and block elements turned
/// into paragraph breaks (a blank line) so quotes and sentences never run across two blocks.
/// </summary>
public static class DocumentText
{
    private static readonly FrozenSet<string> Dropped = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "svg", "iframe", "object", "canvas", "nav", "form", "button", "select",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Blocks = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "thead",
        "tbody", "blockquote", "section", "article", "header", "footer", "aside", "main", "pre", "hr", "figure",
        "figcaption", "address", "details", "summary", "body", "html",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <exception cref="ArgumentException">The page is beyond <see cref="HtmlBudget"/>; check it first.</exception>
    public static string FromHtml(string html)
    {
        if (HtmlBudget.Exceeded(html) is { } reason) throw new ArgumentException(reason, nameof(html));
        var document = new HtmlParser().ParseDocument(html);
        var builder = new StringBuilder(html.Length / 2);
        Append(document.Body ?? (INode)document, builder);
        return Tidy(builder);
    }

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    AppendCollapsed(text.Data, builder);
                    break;
                case IElement element when Dropped.Contains(element.LocalName):
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    builder.Append('\n');
                    Append(element, builder);
                    builder.Append('\n');
                    break;
                case IElement element:
                    Append(element, builder);
                    break;
            }
        }
    }

    private static void AppendCollapsed(string data, StringBuilder builder)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ' && builder[^1] != '\n') builder.Append(' ');
                continue;
            }
            builder.Append(c);
        }
    }

    // Paragraphs are separated by exactly one blank line; spaces at line edges carry nothing.
    private static string Tidy(StringBuilder raw)
    {
        var paragraphs = raw.ToString()
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0);
        return string.Join("\n\n", paragraphs);
    }
}
