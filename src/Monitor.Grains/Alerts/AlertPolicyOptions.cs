namespace Monitor.Grains.Alerts;

/// <summary>Noise control (configuration section "Monitor:Alerts").</summary>
public sealed class AlertPolicyOptions
{
    /// <summary>Alerts on one actor and topic whose later statements fall within this window form one group.</summary>
    public TimeSpan GroupWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Actors whose alerts go one severity tier up (the ones a desk watches most closely).</summary>
    public List<string> PriorityActors { get; set; } = [];
}
