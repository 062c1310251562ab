namespace Monitor.Grains.Sources;

/// <summary>
/// Where a source's items go to be read: the same document extraction as POST /api/documents (implemented
/// by the host, which owns it), so there is one path from text to statements.
/// </summary>
public interface IArticleIngestion
{
    Task<ArticleOutcome> IngestAsync(SourceArticle article, CancellationToken cancellationToken);
}

/// <param name="DocumentId">Stable per source and item, so reading an item again records nothing twice.</param>
/// <param name="Outlet">The source's name: the outlet every statement of the article is reported by.</param>
/// <param name="Format">"html" or "text"; null to let the reader tell.</param>
public sealed record SourceArticle(string DocumentId, string Outlet, string? Url, DateTimeOffset PublishedAt, string? Title, string Text, string? Format);

/// <param name="Refused">Why the article could not be read (empty, not English, too large), or null.</param>
public sealed record ArticleOutcome(int Statements, string? Refused);
