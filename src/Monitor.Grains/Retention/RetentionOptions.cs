namespace Monitor.Grains.Retention;

/// <summary>How long statements and alerts are kept (configuration section "Monitor:Retention"); off unless a limit is set.</summary>
public sealed class RetentionOptions
{
    /// <summary>Statements recorded longer ago than this are deleted, unless an open or acknowledged alert cites them. Null: kept for ever.</summary>
    public TimeSpan? StatementMaxAge { get; set; }

    /// <summary>Resolved and dismissed alerts raised longer ago than this are deleted; open and acknowledged ones never are. Null: kept for ever.</summary>
    public TimeSpan? AlertMaxAge { get; set; }

    /// <summary>How often the retention reminder runs a pass.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    public bool Enabled => StatementMaxAge is not null || AlertMaxAge is not null;

    /// <summary>Refuses limits that would delete everything at once or never run.</summary>
    public void Validate()
    {
        if (StatementMaxAge <= TimeSpan.Zero) throw new ArgumentException("Monitor:Retention:StatementMaxAge must be a positive time span (e.g. 365.00:00:00).");
        if (AlertMaxAge <= TimeSpan.Zero) throw new ArgumentException("Monitor:Retention:AlertMaxAge must be a positive time span (e.g. 90.00:00:00).");
        if (Interval <= TimeSpan.Zero) throw new ArgumentException("Monitor:Retention:Interval must be a positive time span.");
    }
}
