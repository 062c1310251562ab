namespace Monitor.Abstractions.Grains;

/// <summary>
/// Applies <c>Monitor:Retention</c> (key: <see cref="Key"/>, one per cluster): on its reminder it deletes closed
/// alerts and statements older than their limits, never an open or acknowledged alert nor a statement one cites.
/// </summary>
[Alias("monitor.IRetentionGrain")]
public interface IRetentionGrain : IGrainWithStringKey
{
    public const string Key = "all";

    /// <summary>Registers the reminder when retention is configured, and removes it when it no longer is.</summary>
    [Alias("Start")]
    Task Start();

    /// <summary>One pass now, as the reminder would run it.</summary>
    [Alias("Apply")]
    Task<RetentionPass> Apply();
}

/// <summary>What one retention pass deleted.</summary>
[GenerateSerializer, Immutable, Alias("monitor.retention-pass")]
public sealed record RetentionPass(
    [property: Id(0)] long StatementsDeleted,
    [property: Id(1)] long AlertsDeleted,
    [property: Id(2)] int StatementsKeptForOpenAlerts);
