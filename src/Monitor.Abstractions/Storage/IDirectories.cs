namespace Monitor.Abstractions.Storage;

/// <summary>The actor registry as stored: read by lists that span actors, written by actor grains.</summary>
public interface IActorDirectory
{
    Task UpsertAsync(ActorDefinition actor, CancellationToken cancellationToken = default);

    Task<ActorDefinition?> GetAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ActorDefinition>> ListAsync(CancellationToken cancellationToken = default);
}

/// <summary>Configured topics and their cue phrases.</summary>
public interface ITopicDirectory
{
    Task UpsertAsync(TopicDefinition topic, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TopicDefinition>> ListAsync(CancellationToken cancellationToken = default);
}
