using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Analysis.Extraction;
using Monitor.Grains.Diagnostics;

namespace Monitor.Hosting.Ingestion;

/// <summary>
/// Documents in, attributed statements out: checks the text (size, emptiness, binary content,
/// language), strips HTML with a real parser, extracts statements, and records each in its
/// actor's log — or, for an outlet or a speaker no actor claims, in that voice's log. A batch in
/// which any document is refused records nothing.
/// </summary>
public sealed class DocumentIngestion(IGrainFactory grains, ExtractorCatalog extractors, MonitorMetrics metrics)
{
    public const int MaxDocumentChars = 1024 * 1024;
    public const int MaxDocumentsPerRequest = 100;

    public static DocumentDraft? Parse(JsonElement element, string path, ValidationErrors errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path.Length == 0 ? "$" : path, "A document must be a JSON object.");
            return null;
        }
        var before = errors.Count;
        var fields = new JsonFields(element, path, errors);
        var id = fields.String("id", Identifiers.MaxStatementIdLength);
        if (id is not null && !Identifiers.IsValidStatementId(id)) errors.Add(fields.Path("id"), "'id' must be 1 to 128 printable characters without spaces.");
        var source = fields.String("source", InputLimits.MaxNameLength);
        var url = fields.String("url", InputLimits.MaxUrlLength);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            errors.Add(fields.Path("url"), "'url' must be an absolute http or https address.");
        var publishedAt = fields.Time("publishedAt", required: true);
        var title = fields.String("title", 1_000);
        var format = fields.String("format", 8);
        if (format is not null and not ("text" or "html")) errors.Add(fields.Path("format"), "'format' must be text or html.");
        string? text = null;
        if (!element.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            errors.Add(fields.Path("text"), "'text' is required and must be a string.");
        else
            text = textElement.GetString();
        if (errors.Count != before) return null;
        return new DocumentDraft(id, source, url, publishedAt!.Value, title, text!, format);
    }

    /// <summary>Why a document cannot be read, with the HTTP status that says so; null when it can.</summary>
    public static (int Status, string Reason)? Check(DocumentDraft document)
    {
        if (document.Text.Length > MaxDocumentChars)
            return (413, $"The document is {document.Text.Length} characters; the limit is {MaxDocumentChars} (1 MB).");
        if (string.IsNullOrWhiteSpace(document.Text)) return (400, "The document has no text.");
        if (IsHtml(document) && HtmlBudget.Exceeded(document.Text) is { } reason) return (400, reason);
        var control = document.Text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
        if (control > 0 && control * 50 > document.Text.Length || document.Text.Contains('\0'))
            return (400, "The document is not text (it holds binary or control characters).");
        return null;
    }

    public async Task<DocumentBatchResult> IngestAsync(IReadOnlyList<DocumentDraft> documents, CancellationToken cancellationToken = default)
    {
        using var span = MonitorActivities.Source.StartActivity(MonitorActivities.IngestDocuments);
        span?.SetTag("monitor.documents", documents.Count);
        var extractor = await extractors.CurrentAsync(cancellationToken);
        var extracted = new List<(DocumentDraft Document, ExtractionResult Result)>();
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (article, result) = Extract(extractor, document, cancellationToken);
            if (result.RefusedBecause is not null)
            {
                span?.SetStatus(ActivityStatusCode.Error, "refused");
                return new DocumentBatchResult([], $"Document {article.DocumentId} was refused: {result.RefusedBecause}");
            }
            extracted.Add((document with { Id = article.DocumentId }, result));
        }

        var outcomes = new Dictionary<(string Key, string Id), RecordOutcome>();
        var all = extracted.SelectMany(d => d.Result.Statements).ToArray();
        foreach (var group in all.GroupBy(KeyOf, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var chunk in group.Select(s => s.Statement).DistinctBy(s => s.Id).Chunk(IngestionService.MaxStatementsPerCall))
            {
                var recorded = await grains.GetGrain<IActorGrain>(group.Key).Record(chunk);
                foreach (var outcome in recorded) outcomes[(group.Key, outcome.StatementId)] = outcome;
            }
        }
        // Counted once every statement of the batch is recorded: a refused batch records, and counts, nothing.
        metrics.DocumentsIngested(extracted.Count);
        var results = extracted.Select(d => new DocumentResult(d.Document.Id!, d.Result.Statements
            .Select(s =>
            {
                // A statement on no configured topic comes back filed under its actor's matter.
                var outcome = outcomes[(KeyOf(s), s.Statement.Id)];
                return new ExtractedOutcome(s with { Statement = s.Statement with { Topic = outcome.Topic ?? s.Statement.Topic } }, outcome);
            })
            .ToArray())).ToArray();
        return new DocumentBatchResult(results, null);
    }

    /// <summary>Reads one document (HTML to text, then extraction), timed and traced as one step.</summary>
    private (ArticleInput Article, ExtractionResult Result) Extract(StatementExtractor extractor, DocumentDraft document, CancellationToken cancellationToken)
    {
        using var span = MonitorActivities.Source.StartActivity(MonitorActivities.ExtractDocument);
        var started = Stopwatch.GetTimestamp();
        var text = IsHtml(document) ? DocumentText.FromHtml(document.Text) : document.Text;
        var article = new ArticleInput(document.Id ?? IdFor(document), text, document.PublishedAt, document.Source, document.Url);
        var result = extractor.Extract(article, cancellationToken);
        metrics.ExtractionTook(Stopwatch.GetElapsedTime(started));
        span?.SetTag("monitor.document", article.DocumentId);
        span?.SetTag("monitor.statements", result.Statements.Count);
        return (article, result);
    }

    /// <summary>The log a statement goes to: its actor's, or its speaker's voice.</summary>
    public static string KeyOf(ExtractedStatement statement) =>
        statement.Statement.Actor ?? Voices.KeyFor(statement.Statement.Speaker ?? statement.SpeakerText, statement.IsReport);

    private static bool IsHtml(DocumentDraft document) =>
        document.Format == "html" || (document.Format is null && System.Text.RegularExpressions.Regex.IsMatch(document.Text, @"<(html|body|p|div|article|span|br|h[1-6])\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase));

    private static string IdFor(DocumentDraft document) =>
        "doc-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{document.Source}\n{document.Url}\n{document.Text}")).AsSpan(0, 10));
}

public sealed record DocumentDraft(string? Id, string? Source, string? Url, DateTimeOffset PublishedAt, string? Title, string Text, string? Format);

public sealed record DocumentBatchResult(IReadOnlyList<DocumentResult> Documents, string? Refused);

public sealed record DocumentResult(string DocumentId, IReadOnlyList<ExtractedOutcome> Statements);

public sealed record ExtractedOutcome(ExtractedStatement Extracted, RecordOutcome Outcome);
