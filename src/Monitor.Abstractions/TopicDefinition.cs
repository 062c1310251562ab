namespace Monitor.Abstractions;

/// <summary>A matter positions are taken on, recognised in text by its cue phrases.</summary>
[GenerateSerializer, Immutable, Alias("monitor.topic")]
public sealed record TopicDefinition(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<string> Cues);
