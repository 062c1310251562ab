using Monitor.Analysis.Extraction;
using SmartReader;

namespace Monitor.Grains.Sources;

/// <summary>An article page's main text, without navigation, adverts and comments, by SmartReader (a port of Mozilla's Readability).</summary>
public static class ArticleText
{
    /// <summary>The main content as HTML, or null when the page has no recognisable article (or is too deep or large to parse safely).</summary>
    public static string? MainHtml(string html, Uri url)
    {
        if (HtmlBudget.Exceeded(html) is not null) return null;
        // The reader is given the text: its ParseArticle(uri, …) overloads download the page themselves, past the fetcher's guard.
        var article = new Reader(url.AbsoluteUri, html).GetArticle();
        return article.IsReadable && !string.IsNullOrWhiteSpace(article.Content) ? article.Content : null;
    }
}
