using System.Text.Json;
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
            .RequireRateLimiting(LoadShedding.WritesPolicy);
        api.MapGet("/speakers/unknown", UnknownAsync).WithName("UnknownSpeakers").WithSummary("Speakers and outlets no tracked actor claims, most statements first");
    }

    private static async Task<IResult> IngestAsync(HttpContext context, DocumentIngestion ingestion, CancellationToken cancellationToken)
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
        return ApiResults.Json(new
        {
            documents = result.Documents.Select(d => new
            {
                id = d.DocumentId,
                statements = d.Statements.Select(s => new
                {
                    id = s.Extracted.Statement.Id,
                    actor = s.Extracted.Statement.Actor,
                    speaker = s.Extracted.Statement.Speaker,
                    text = s.Extracted.Statement.Text,
                    direct = s.Extracted.Statement.Direct,
                    mode = s.Extracted.Statement.Mode,
                    topic = s.Extracted.Statement.Topic,
                    stance = s.Extracted.Statement.Stance,
                    saidAt = s.Extracted.Statement.SaidAt,
                    span = s.Extracted.Statement.Span,
                    isReport = s.Extracted.IsReport,
                    log = DocumentIngestion.KeyOf(s.Extracted),
                    sequence = s.Outcome.Sequence,
                    created = s.Outcome.Created,
                    trace = s.Extracted.Trace,
                }),
            }),
        });
    }

    private static async Task<IResult> UnknownAsync(HttpContext context, IStatementLog log, CancellationToken cancellationToken)
    {
        var query = new QueryParameters(context.Request);
        var limit = query.Limit();
        if (query.Errors.Count > 0) return ApiResults.Invalid(query.Errors);
        var voices = await log.VoicesAsync(limit, cancellationToken);
        return ApiResults.Pollable(context, voices.Select(v => new { v.Speaker, kind = v.IsReport ? "outlet" : "person", v.Statements, v.LastSaidAt, log = v.Key }));
    }
}
