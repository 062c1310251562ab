using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitor.Hosting.Ingestion;

namespace Monitor.Silo.Api;

/// <summary>POST /api/statements: one statement or an array of up to 1,000, checked whole before any is recorded.</summary>
public static class StatementEndpoints
{
    public static void MapStatementEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/statements", RecordAsync)
            .WithName("RecordStatements")
            .WithSummary("Record one statement or an array of statements (idempotent by id)")
            .AcceptsOneOrMany<StatementInput>(InputLimits.MaxStatementsPerRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireRateLimiting(LoadShedding.WritesPolicy)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    private static async Task<Results<Ok<RecordStatementsResult>, ProblemHttpResult>> RecordAsync(HttpContext context, IngestionService ingestion, CancellationToken cancellationToken)
    {
        var (document, problem) = await JsonBody.ReadAsync(context, cancellationToken);
        if (problem is not null) return problem;
        using var _ = document;
        var root = document!.RootElement;

        var items = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToArray() : [root];
        if (items.Length > InputLimits.MaxStatementsPerRequest)
            return ApiResults.Problem(StatusCodes.Status413PayloadTooLarge, "Too many statements",
                $"The request has {items.Length} statements; the limit is {InputLimits.MaxStatementsPerRequest} per call.");
        if (items.Length == 0) return ApiResults.Invalid("$", "The array holds no statements.");

        var errors = new ValidationErrors();
        var drafts = new List<StatementDraft>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            var path = root.ValueKind == JsonValueKind.Array ? $"[{i}]" : "";
            if (RecordParser.ParseStatement(items[i], path, errors) is { } draft) drafts.Add(draft);
        }
        if (!errors.IsEmpty) return ApiResults.Invalid(errors.ToDictionary(), "No statement was recorded: " + errors);

        var result = await ingestion.RecordAsync(drafts, cancellationToken);
        if (result.UnknownActors.Count > 0)
            return ApiResults.Problem(StatusCodes.Status404NotFound, "Unknown actor",
                $"No statement was recorded: actor {string.Join(", ", result.UnknownActors.Select(a => $"'{a}'"))} is not defined (PUT /api/actors/{{id}} first).");

        return TypedResults.Ok(new RecordStatementsResult(
            Recorded: result.Statements.Count(s => s.Created),
            Duplicates: result.Statements.Count(s => !s.Created),
            Statements: [.. result.Statements.Select(s => new RecordedStatement(s.Statement.Id, s.Statement.Actor, s.Statement.Sequence, s.Created, s.Statement.Topic, s.Statement.Stance, s.Statement.Mode))]));
    }
}
