using Monitor.Abstractions;

namespace Monitor.Grains;

/// <summary>
/// Turns an actor's stance-bearing statements into positions. The current stance is that of the
/// latest statement said (not the latest received); confidence is the share of the last
/// <see cref="Window"/> points that agree with it. Declining to comment is never a position.
/// </summary>
public static class PositionTracker
{
    public const int Window = 5;

    public static void Apply(ActorState state, Statement statement)
    {
        if (statement.Topic is null || statement.Stance is not { } stance || statement.Mode == StatementMode.Decline) return;
        if (!state.Positions.TryGetValue(statement.Topic, out var topic))
            state.Positions[statement.Topic] = topic = new TopicPositionState();
        if (topic.Points.Any(p => p.StatementId == statement.Id)) return;

        var point = new PositionPoint(statement.SaidAt, stance, statement.Id);
        var index = topic.Points.FindIndex(p => p.SaidAt > point.SaidAt || (p.SaidAt == point.SaidAt && string.CompareOrdinal(p.StatementId, point.StatementId) > 0));
        topic.Points.Insert(index < 0 ? topic.Points.Count : index, point);
        if (topic.Points.Count > TopicPositionState.MaxPoints) topic.Points.RemoveAt(0);
    }

    public static IReadOnlyList<Position> Positions(string actor, ActorState state) =>
        state.Positions
            .Where(p => p.Value.Points.Count > 0)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => ToPosition(actor, p.Key, p.Value.Points, state.Matters.Find(p.Key)?.Name))
            .ToArray();

    private static Position ToPosition(string actor, string topic, List<PositionPoint> points, string? name)
    {
        var current = points[^1];
        var recent = points.TakeLast(Window).ToArray();
        var agreeing = recent.Count(p => p.Stance == current.Stance);
        var runStart = points.Count - 1;
        while (runStart > 0 && points[runStart - 1].Stance == current.Stance) runStart--;
        var evidence = recent.Where(p => p.Stance == current.Stance).Reverse().Select(p => p.StatementId).ToArray();
        return new Position(actor, topic, current.Stance, Math.Round((double)agreeing / recent.Length, 2), points[runStart].SaidAt, evidence, points.ToArray(),
            string.IsNullOrEmpty(name) ? null : name);
    }
}
