using Microsoft.AspNetCore.Http.HttpResults;
using Monitor.Abstractions;
using Monitor.Hosting.Ingestion;

namespace Monitor.Silo.Api;

/// <summary>The configured topics and their cue phrases.</summary>
public static class TopicEndpoints
{
    public static void MapTopicEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/topics", async Task<Pollable<IReadOnlyList<TopicDefinition>>> (TopicCatalog topics, CancellationToken cancellationToken) =>
            ApiResults.Pollable(await topics.TopicsAsync(cancellationToken))).WithName("ListTopics");
        api.MapPut("/topics/{id}", PutAsync).WithName("PutTopic").AcceptsJson<TopicInput>();
    }

    private static async Task<Results<Ok<TopicDefinition>, ProblemHttpResult>> PutAsync(string id, HttpContext context, IngestionService ingestion, CancellationToken cancellationToken)
    {
        if (!Identifiers.IsValidTopicId(id)) return ApiResults.Invalid("id", $"Topic id '{id}' must match [a-z0-9-]{{1,64}}.");
        var (document, problem) = await JsonBody.ReadAsync(context, cancellationToken);
        if (problem is not null) return problem;
        using var _ = document;
        var errors = new ValidationErrors();
        var topic = RecordParser.ParseTopic(document!.RootElement, "", errors);
        if (topic is not null && topic.Id != id) errors.Add("id", $"'id' is '{topic.Id}' but the address names '{id}'.");
        if (topic is null || !errors.IsEmpty) return ApiResults.Invalid(errors.ToDictionary(), "The topic was not saved: " + errors);
        await ingestion.DefineTopicAsync(topic, cancellationToken);
        return TypedResults.Ok(topic);
    }
}
