using Microsoft.AspNetCore.Http.HttpResults;
using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;
using Monitor.Grains.Sources;
using Monitor.Hosting.Configuration;
using Microsoft.Extensions.Options;
using Monitor.Hosting.Ingestion;

namespace Monitor.Silo.Api;

/// <summary>News sources: the registry (read from the store, written by each source's grain), and polling on demand.</summary>
public static class SourceEndpoints
{
    public static void MapSourceEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/sources", ListAsync).WithName("ListSources").WithSummary("Every news source with its polling status");
        api.MapGet("/sources/{id}", GetAsync).WithName("GetSource").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/sources/{id}", PutAsync).WithName("PutSource").WithSummary("Create or replace a news source (an RSS or Atom feed)")
            .AcceptsJson<NewsSourceInput>();
        api.MapDelete("/sources/{id}", DeleteAsync).WithName("DeleteSource").WithSummary("Stop polling a source and forget it")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/sources/{id}/poll", PollAsync).WithName("PollSource").WithSummary("Poll a source now; answers when done with what it found")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Pollable<SourceView[]>> ListAsync(ISourceDirectory directory, CancellationToken cancellationToken) =>
        ApiResults.Pollable((await directory.ListAsync(cancellationToken)).Select(SourceView.From).ToArray());

    private static async Task<Results<Pollable<SourceView>, ProblemHttpResult>> GetAsync(string id, ISourceDirectory directory, CancellationToken cancellationToken)
    {
        if (!Identifiers.IsValidActorId(id)) return BadId(id);
        return await directory.GetAsync(id, cancellationToken) is { } source ? ApiResults.Pollable(SourceView.From(source)) : Missing(id);
    }

    private static async Task<Results<Ok<SourceView>, Created<SourceView>, ProblemHttpResult>> PutAsync(string id, HttpContext context, NewsFetcher fetcher,
        IOptions<MonitorOptions> options, IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (!Identifiers.IsValidActorId(id)) return BadId(id);
        var (document, problem) = await JsonBody.ReadAsync(context, cancellationToken);
        if (problem is not null) return problem;
        using var _ = document;
        var errors = new ValidationErrors();
        var definition = SourceDefinitionParser.Parse(document!.RootElement, id, options.Value.Sources, errors);
        if (definition is not null) await SourceDefinitionParser.CheckAddressAsync(definition, fetcher.Guard, errors, cancellationToken);
        if (definition is null || !errors.IsEmpty) return ApiResults.Invalid(errors.ToDictionary(), "The source was not saved: " + errors);
        var grain = grains.GetGrain<ISourceGrain>(id);
        var existed = await grain.Define(definition);
        var saved = SourceView.From((await grain.GetSource())!);
        return existed ? TypedResults.Ok(saved) : TypedResults.Created((string?)null, saved);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (!Identifiers.IsValidActorId(id)) return BadId(id);
        return await grains.GetGrain<ISourceGrain>(id).Remove() ? TypedResults.NoContent() : Missing(id);
    }

    private static async Task<Results<Ok<SourcePollResult>, ProblemHttpResult>> PollAsync(string id, IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (!Identifiers.IsValidActorId(id)) return BadId(id);
        var grain = grains.GetGrain<ISourceGrain>(id);
        if (await grain.PollNow() is not { } poll) return Missing(id);
        return TypedResults.Ok(new SourcePollResult(poll, SourceView.From((await grain.GetSource())!)));
    }

    private static ProblemHttpResult BadId(string id) =>
        ApiResults.Invalid("id", $"Source id '{id}' must match [a-z0-9-]{{1,64}}.");

    private static ProblemHttpResult Missing(string id) => ApiResults.NotFound($"No source '{id}'.");
}
