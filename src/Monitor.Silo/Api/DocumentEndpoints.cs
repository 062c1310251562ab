using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitor.Abstractions.Storage;
using Monitor.Hosting.Ingestion;

namespace Monitor.Silo.Api;

/// <summary>
/// POST /api/documents: articles (plain text or HTML) in, attributed statements recorded and
/// returned with the cue and rule that attributed each; GET /api/speakers/unknown: the speakers and
/// outlets no actor claims, with counts, for curating the registry.
/// </summary>
public static class DocumentEndpoints
{
    public static void MapDocumentEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/documents", IngestAsync).WithName("IngestDocuments").WithSummary("Extract and record statements from one document or an array (≤ 100)")
            .AcceptsOneOrMany<DocumentInput>(DocumentIngestion.MaxDocumentsPerRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireRateLimiting(LoadShedding.WritesPolicy)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapGet("/speakers/unknown", UnknownAsync).WithName("UnknownSpeakers").WithSummary("Speakers and outlets no tracked actor claims, most statements first")
            .WithQuery(QueryParameters.LimitParameter)
            .ProducesValidationProblem();
    }

    private static async Task<Results<Ok<IngestDocumentsResult>, ProblemHttpResult>> IngestAsync(HttpContext context, DocumentIngestion ingestion, CancellationToken cancellationToken)
    {
        var (document, problem) = await JsonBody.ReadAsync(context, cancellationToken);
        if (problem is not null) return problem;
        using var _ = document;
        var root = document!.RootElement;
        var items = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToArray() : [root];
        if (items.Length > DocumentIngestion.MaxDocumentsPerRequest)
            return ApiResults.Problem(StatusCodes.Status413PayloadTooLarge, "Too many documents",
                $"The request has {items.Length} documents; the limit is {DocumentIngestion.MaxDocumentsPerRequest} per call.");
        if (items.Length == 0) return ApiResults.Invalid("$", "The array holds no documents.");

        var errors = new ValidationErrors();
        var drafts = new List<DocumentDraft>();
        for (var i = 0; i < items.Length; i++)
        {
            var path = root.ValueKind == JsonValueKind.Array ? $"[{i}]" : "";
            if (DocumentIngestion.Parse(items[i], path, errors) is not { } draft) continue;
            if (DocumentIngestion.Check(draft) is { } refused)
            {
                if (refused.Status == StatusCodes.Status413PayloadTooLarge) return ApiResults.Problem(refused.Status, "Document too large", refused.Reason);
                errors.Add(path.Length == 0 ? "text" : $"{path}.text", refused.Reason);
                continue;
            }
            drafts.Add(draft);
        }
        if (!errors.IsEmpty) return ApiResults.Invalid(errors.ToDictionary(), "No document was recorded: " + errors);

        var result = await ingestion.IngestAsync(drafts, cancellationToken);
        if (result.Refused is not null) return ApiResults.Problem(StatusCodes.Status422UnprocessableEntity, "Document refused", result.Refused);
        return TypedResults.Ok(new IngestDocumentsResult([.. result.Documents.Select(d => new IngestedDocument(d.DocumentId, [.. d.Statements.Select(s => new ExtractedStatementView(
            Id: s.Extracted.Statement.Id,
            Actor: s.Extracted.Statement.Actor,
            Speaker: s.Extracted.Statement.Speaker,
            Text: s.Extracted.Statement.Text,
            Direct: s.Extracted.Statement.Direct,
            Mode: s.Extracted.Statement.Mode,
            Topic: s.Extracted.Statement.Topic,
            Stance: s.Extracted.Statement.Stance,
            SaidAt: s.Extracted.Statement.SaidAt,
            Span: s.Extracted.Statement.Span,
            IsReport: s.Extracted.IsReport,
            Log: DocumentIngestion.KeyOf(s.Extracted),
            Sequence: s.Outcome.Sequence,
            Created: s.Outcome.Created,
            Trace: s.Extracted.Trace))]))]));
    }

    private static async Task<Results<Pollable<UnknownSpeaker[]>, ProblemHttpResult>> UnknownAsync(HttpContext context, IStatementLog log, CancellationToken cancellationToken)
    {
        var query = new QueryParameters(context.Request);
        var limit = query.Limit();
        if (query.Errors.Count > 0) return ApiResults.Invalid(query.Errors);
        var voices = await log.VoicesAsync(limit, cancellationToken);
        return ApiResults.Pollable(voices.Select(v => new UnknownSpeaker(v.Speaker, v.IsReport ? "outlet" : "person", v.Statements, v.LastSaidAt, v.Key)).ToArray());
    }
}
