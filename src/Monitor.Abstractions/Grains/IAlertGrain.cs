namespace Monitor.Abstractions.Grains;

/// <summary>The lifecycle of one alert (key: alert id): open → acknowledged → resolved, or dismissed.</summary>
[Alias("monitor.IAlertGrain")]
public interface IAlertGrain : IGrainWithStringKey
{
    [Orleans.Concurrency.ReadOnly, Alias("Get")]
    Task<Alert?> Get();

    [Alias("Transition")]
    Task<AlertTransitionResult> Transition(AlertStatus target, string? reason);
}

[GenerateSerializer, Immutable, Alias("monitor.alert-transition-result")]
public sealed record AlertTransitionResult(
    [property: Id(0)] Alert? Alert,
    [property: Id(1)] string? Error);
