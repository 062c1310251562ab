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
        api.MapGet("/actors/{id}", GetAsync).WithName("GetActor");
        api.MapPut("/actors/{id}", PutAsync).WithName("PutActor").WithSummary("Create or replace an actor's definition");
        api.MapGet("/actors/{id}/statements", StatementsAsync).WithName("ActorStatements").WithSummary("An actor's statements after a sequence cursor");
        api.MapGet("/actors/{id}/positions", PositionsAsync).WithName("ActorPositions").WithSummary("Current position and timeline per topic");
    }

    private static async Task<IResult> ListAsync(HttpContext context, IActorDirectory directory, IStatementLog log, CancellationToken cancellationToken)
    {
        var actors = await directory.ListAsync(cancellationToken);
        var counts = await log.CountsAsync(cancellationToken);
        return ApiResults.Pollable(context, actors.Select(a => Summary(a, counts.GetValueOrDefault(a.Id))).ToArray());
    }

    private static async Task<IResult> GetAsync(string id, HttpContext context, IActorDirectory directory, IStatementLog log, CancellationToken cancellationToken)
    {
        if (!Identifiers.IsValidActorId(id)) return BadId(id);
        var actor = await directory.GetAsync(id, cancellationToken);
        if (actor is null) return UnknownActor(id);
        return ApiResults.Pollable(context, Summary(actor, await log.LastSequenceAsync(id, cancellationToken)));
    }

    private static async Task<IResult> PutAsync(string id, HttpContext context, IngestionService ingestion, IActorDirectory directory, CancellationToken cancellationToken)
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
        return ApiResults.Json(saved, existed ? StatusCodes.Status200OK : StatusCodes.Status201Created);
    }

    private static async Task<IResult> StatementsAsync(string id, HttpContext context, IGrainFactory grains, IActorDirectory directory, CancellationToken cancellationToken)
    {
        if (!Identifiers.IsValidActorId(id)) return BadId(id);
        var query = new QueryParameters(context.Request);
        var since = query.Since();
        var limit = query.Limit();
        var topic = query.Id("topic");
        if (query.Errors.Count > 0) return ApiResults.Invalid(query.Errors);
        if (await directory.GetAsync(id, cancellationToken) is null) return UnknownActor(id);

        var items = await grains.GetGrain<IActorGrain>(id).GetStatements(new StatementQuery(since, limit, topic));
        return ApiResults.Pollable(context, new { items, next = items.Count > 0 ? items[^1].Sequence : since });
    }

    private static async Task<IResult> PositionsAsync(string id, HttpContext context, IGrainFactory grains, IActorDirectory directory, CancellationToken cancellationToken)
    {
        if (!Identifiers.IsValidActorId(id)) return BadId(id);
        if (await directory.GetAsync(id, cancellationToken) is null) return UnknownActor(id);
        return ApiResults.Pollable(context, await grains.GetGrain<IActorGrain>(id).GetPositions());
    }

    private static object Summary(ActorDefinition actor, long statementCount) =>
        new { actor.Id, actor.Name, actor.Aliases, actor.Speakers, statementCount };

    private static IResult BadId(string id) =>
        ApiResults.Invalid("id", $"Actor id '{id}' must match [a-z0-9-]{{1,64}}.");

    private static IResult UnknownActor(string id) => ApiResults.NotFound($"No actor '{id}'.");
}
