using Microsoft.AspNetCore.Http.HttpResults;
using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;
using Monitor.Hosting.Ingestion;

namespace Monitor.Silo.Api;

/// <summary>The actor registry, an actor's statements (cursor-paged) and its positions.</summary>
public static class ActorEndpoints
{
    public static void MapActorEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/actors", ListAsync).WithName("ListActors").WithSummary("Every actor with its statement count");
        api.MapGet("/actors/{id}", GetAsync).WithName("GetActor").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/actors/{id}", PutAsync).WithName("PutActor").WithSummary("Create or replace an actor's definition")
            .AcceptsJson<ActorInput>();
        api.MapGet("/actors/{id}/statements", StatementsAsync).WithName("ActorStatements").WithSummary("An actor's statements after a sequence cursor")
            .WithQuery(QueryParameters.SinceParameter, QueryParameters.IdParameter("topic", "Only statements on this topic"), QueryParameters.LimitParameter)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/actors/{id}/positions", PositionsAsync).WithName("ActorPositions").WithSummary("Current position and timeline per topic")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Pollable<ActorSummary[]>> ListAsync(IActorDirectory directory, IStatementLog log, CancellationToken cancellationToken)
    {
        var actors = await directory.ListAsync(cancellationToken);
        var counts = await log.CountsAsync(cancellationToken);
        return ApiResults.Pollable(actors.Select(a => Summary(a, counts.GetValueOrDefault(a.Id))).ToArray());
    }

    private static async Task<Results<Pollable<ActorSummary>, ProblemHttpResult>> GetAsync(string id, IActorDirectory directory, IStatementLog log, CancellationToken cancellationToken)
    {
        if (!Identifiers.IsValidActorId(id)) return BadId(id);
        var actor = await directory.GetAsync(id, cancellationToken);
        if (actor is null) return UnknownActor(id);
        return ApiResults.Pollable(Summary(actor, await log.LastSequenceAsync(id, cancellationToken)));
    }

    private static async Task<Results<Ok<ActorDefinition>, Created<ActorDefinition>, ProblemHttpResult>> PutAsync(string id, HttpContext context, IngestionService ingestion, IActorDirectory directory, CancellationToken cancellationToken)
    {
        if (!Identifiers.IsValidActorId(id)) return BadId(id);
        var (document, problem) = await JsonBody.ReadAsync(context, cancellationToken);
        if (problem is not null) return problem;
        using var _ = document;
        var errors = new ValidationErrors();
        var definition = RecordParser.ParseActor(document!.RootElement, "", errors, idFromRoute: id);
        if (definition is null) return ApiResults.Invalid(errors.ToDictionary(), "The actor was not saved: " + errors);
        var existed = await directory.GetAsync(id, cancellationToken) is not null;
        var saved = await ingestion.DefineActorAsync(definition, merge: false);
        // A new actor answers 201 with the definition and, as before, no Location: the address is the one just used.
        return existed ? TypedResults.Ok(saved) : TypedResults.Created((string?)null, saved);
    }

    private static async Task<Results<Pollable<Page<Statement>>, ProblemHttpResult>> StatementsAsync(string id, HttpContext context, IGrainFactory grains, IActorDirectory directory, CancellationToken cancellationToken)
    {
        if (!Identifiers.IsValidActorId(id)) return BadId(id);
        var query = new QueryParameters(context.Request);
        var since = query.Since();
        var limit = query.Limit();
        var topic = query.Id("topic");
        if (query.Errors.Count > 0) return ApiResults.Invalid(query.Errors);
        if (await directory.GetAsync(id, cancellationToken) is null) return UnknownActor(id);

        var items = await grains.GetGrain<IActorGrain>(id).GetStatements(new StatementQuery(since, limit, topic));
        return ApiResults.Pollable(new Page<Statement>(items, items.Count > 0 ? items[^1].Sequence : since));
    }

    private static async Task<Results<Pollable<IReadOnlyList<Position>>, ProblemHttpResult>> PositionsAsync(string id, IGrainFactory grains, IActorDirectory directory, CancellationToken cancellationToken)
    {
        if (!Identifiers.IsValidActorId(id)) return BadId(id);
        if (await directory.GetAsync(id, cancellationToken) is null) return UnknownActor(id);
        return ApiResults.Pollable(await grains.GetGrain<IActorGrain>(id).GetPositions());
    }

    private static ActorSummary Summary(ActorDefinition actor, long statementCount) =>
        new(actor.Id, actor.Name, actor.Aliases, actor.Speakers, statementCount);

    private static ProblemHttpResult BadId(string id) =>
        ApiResults.Invalid("id", $"Actor id '{id}' must match [a-z0-9-]{{1,64}}.");

    private static ProblemHttpResult UnknownActor(string id) => ApiResults.NotFound($"No actor '{id}'.");
}
