using System.Net;
using System.Text;

namespace Monitor.TestSupport;

/// <summary>RSS 2.0 and Atom documents and article pages for the sources tests, about fictional countries.</summary>
public static class FeedDocuments
{
    public static string Rss(string title, params FeedItem[] items)
    {
        var xml = new StringBuilder();
        xml.Append($"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>{Escape(title)}</title><link>https://wire.example/</link><description>Test feed</description>");
        foreach (var item in items)
        {
            xml.Append("<item>");
            xml.Append($"<title>{Escape(item.Title)}</title>");
            if (item.Link is not null) xml.Append($"<link>{Escape(item.Link)}</link>");
            if (item.Guid is not null) xml.Append($"<guid isPermaLink=\"false\">{Escape(item.Guid)}</guid>");
            xml.Append($"<pubDate>{item.Published.UtcDateTime:r}</pubDate>");
            xml.Append($"<description>{Escape(item.Text)}</description>");
            xml.Append("</item>");
        }
        xml.Append("</channel></rss>");
        return xml.ToString();
    }

    public static string Atom(string title, params FeedItem[] items)
    {
        var xml = new StringBuilder();
        xml.Append($"<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>{Escape(title)}</title><id>urn:test:{Escape(title)}</id><updated>2024-01-01T00:00:00Z</updated>");
        foreach (var item in items)
        {
            xml.Append("<entry>");
            xml.Append($"<title>{Escape(item.Title)}</title>");
            xml.Append($"<id>{Escape(item.Guid ?? item.Link ?? item.Title)}</id>");
            if (item.Link is not null) xml.Append($"<link rel=\"alternate\" href=\"{Escape(item.Link)}\"/>");
            xml.Append($"<published>{item.Published.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}</published><updated>{item.Published.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}</updated>");
            xml.Append($"<summary type=\"text\">{Escape(item.Text)}</summary>");
            xml.Append("</entry>");
        }
        xml.Append("</feed>");
        return xml.ToString();
    }

    /// <summary>An article page with navigation, a sidebar and a footer around the story, as news sites have.</summary>
    public static string ArticlePage(string headline, params string[] paragraphs) =>
        $"""
        <!DOCTYPE html><html><head><title>{WebUtility.HtmlEncode(headline)}</title></head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
        <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/x">Weather turns cold</a></li></ul></aside>
        <article><h1>{WebUtility.HtmlEncode(headline)}</h1>
        {string.Concat(paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"))}
        </article>
        <footer>Copyright Example Wire. All rights reserved.</footer>
        </body></html>
        """;

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}

public sealed record FeedItem(string Title, string? Link, string Text, DateTimeOffset Published, string? Guid = null);
