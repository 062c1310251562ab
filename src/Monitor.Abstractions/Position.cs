namespace Monitor.Abstractions;

/// <summary>An actor's current stance on a topic and how it got there.</summary>
/// <param name="Confidence">Share of the recent stance-bearing statements that agree with the current stance.</param>
/// <param name="Evidence">Ids of the most recent statements behind the current stance, newest first.</param>
/// <param name="Timeline">Every change of stance, oldest first (bounded; see ActorGrain).</param>
[GenerateSerializer, Immutable, Alias("monitor.position")]
public sealed record Position(
    [property: Id(0)] string Actor,
    [property: Id(1)] string Topic,
    [property: Id(2)] Stance Stance,
    [property: Id(3)] double Confidence,
    [property: Id(4)] DateTimeOffset Since,
    [property: Id(5)] IReadOnlyList<string> Evidence,
    [property: Id(6)] IReadOnlyList<PositionPoint> Timeline,
    [property: Id(7)] string? Name = null);

/// <summary>One stance-bearing statement on the timeline.</summary>
[GenerateSerializer, Immutable, Alias("monitor.position-point")]
public sealed record PositionPoint(
    [property: Id(0)] DateTimeOffset SaidAt,
    [property: Id(1)] Stance Stance,
    [property: Id(2)] string StatementId);
