using Monitor.Abstractions;
using Monitor.Analysis.Matters;

namespace Monitor.Grains;

/// <summary>
/// The actor grain's snapshot: bounded by the number of topics the actor speaks on, never by the
/// number of statements (those live in the log). <see cref="LastSequence"/> says how much of the
/// log the snapshot covers; activation replays only what came after.
/// </summary>
public sealed class ActorState
{
    public long LastSequence { get; set; }

    public Dictionary<string, TopicPositionState> Positions { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The matters no configured topic covers, grouped by meaning (at most <see cref="MatterSet.MaxMatters"/>).</summary>
    public MatterSet Matters { get; set; } = new();
}

/// <summary>Stance-bearing points on one topic, ordered by when they were said, at most <see cref="MaxPoints"/>.</summary>
public sealed class TopicPositionState
{
    public const int MaxPoints = 500;

    public List<PositionPoint> Points { get; set; } = [];
}
