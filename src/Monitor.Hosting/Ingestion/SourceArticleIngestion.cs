using Monitor.Grains.Sources;

namespace Monitor.Hosting.Ingestion;

/// <summary>A source's items go through the very path POST /api/documents takes: the same checks, the same extraction.</summary>
public sealed class SourceArticleIngestion(DocumentIngestion documents) : IArticleIngestion
{
    public async Task<ArticleOutcome> IngestAsync(SourceArticle article, CancellationToken cancellationToken)
    {
        var draft = new DocumentDraft(article.DocumentId, article.Outlet, article.Url, article.PublishedAt, article.Title, article.Text, article.Format);
        if (DocumentIngestion.Check(draft) is { } refused) return new ArticleOutcome(0, refused.Reason);
        var result = await documents.IngestAsync([draft], cancellationToken);
        return result.Refused is not null
            ? new ArticleOutcome(0, result.Refused)
            : new ArticleOutcome(result.Documents.Sum(d => d.Statements.Count), null);
    }
}
