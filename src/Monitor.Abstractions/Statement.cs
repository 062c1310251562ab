namespace Monitor.Abstractions;

/// <summary>One attributed utterance, as recorded in an actor's log.</summary>
/// <param name="Sequence">Position in the actor's log (1-based); 0 before it is recorded.</param>
/// <param name="About">
/// For a report that names no tracked actor itself ("experts saw no sign of explosives"), the tracked actors its
/// article names: what the report is about. Null for an actor's own statement and for a report that names one.
/// </param>
/// <param name="Example">
/// An illustration, not a report of what anyone said (a made-up statement sent to show how alerts look): shown with an "example"
/// badge, and carried to the alerts it raises. False for everything read from the news.
/// </param>
[GenerateSerializer, Immutable, Alias("monitor.statement")]
public sealed record Statement(
    [property: Id(0)] string Id,
    [property: Id(1)] string? DocumentId,
    [property: Id(2)] string? Actor,
    [property: Id(3)] string? Speaker,
    [property: Id(4)] string Text,
    [property: Id(5)] bool Direct,
    [property: Id(6)] StatementMode Mode,
    [property: Id(7)] string? Topic,
    [property: Id(8)] Stance? Stance,
    [property: Id(9)] DateTimeOffset SaidAt,
    [property: Id(10)] TextSpan? Span,
    [property: Id(11)] IReadOnlyList<SourceRef> Sources,
    [property: Id(12)] long Sequence = 0,
    [property: Id(13)] DateTimeOffset? RecordedAt = null,
    [property: Id(14)] IReadOnlyList<string>? About = null,
    [property: Id(15)] bool Example = false)
{
    /// <summary>
    /// The longest text a statement may carry. No sentence of news prose comes near it; a longer "statement" is a
    /// page without punctuation, and comparing it word by word with every claim would hold its actor for minutes.
    /// </summary>
    public const int MaxTextLength = 10_000;
}

/// <summary>Where a statement was reported.</summary>
[GenerateSerializer, Immutable, Alias("monitor.source")]
public sealed record SourceRef(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Url);

/// <summary>Character range [Start, End) of a statement inside its document.</summary>
[GenerateSerializer, Immutable, Alias("monitor.span")]
public sealed record TextSpan(
    [property: Id(0)] int Start,
    [property: Id(1)] int End);

/// <summary>What the speaker does with the words.</summary>
[GenerateSerializer, Alias("monitor.statement-mode")]
public enum StatementMode
{
    Assert = 0,
    Deny = 1,
    Hedge = 2,
    Decline = 3,
    Demand = 4,
    Warn = 5,
}

/// <summary>Stance toward a topic.</summary>
[GenerateSerializer, Alias("monitor.stance")]
public enum Stance
{
    Neutral = 0,
    Support = 1,
    Oppose = 2,
}
