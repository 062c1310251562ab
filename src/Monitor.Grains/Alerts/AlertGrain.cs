using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;

namespace Monitor.Grains.Alerts;

/// <summary>
/// Serialises lifecycle changes of one alert. Open → acknowledged → resolved; open or acknowledged
/// → dismissed (with a reason). Asking for the status an alert already has changes nothing.
/// </summary>
[GrainType("alert")]
public sealed class AlertGrain(IAlertLog alerts, TimeProvider clock) : Grain, IAlertGrain
{
    public Task<Alert?> Get() => alerts.GetAsync(this.GetPrimaryKeyString());

    public async Task<AlertTransitionResult> Transition(AlertStatus target, string? reason)
    {
        var alert = await alerts.GetAsync(this.GetPrimaryKeyString());
        if (alert is null) return new AlertTransitionResult(null, "not-found");
        if (alert.Status == target) return new AlertTransitionResult(alert, null);
        if (!IsAllowed(alert.Status, target))
            return new AlertTransitionResult(alert, $"An alert that is {Name(alert.Status)} cannot become {Name(target)}.");
        if (target == AlertStatus.Dismissed && string.IsNullOrWhiteSpace(reason))
            return new AlertTransitionResult(alert, "Dismissing an alert needs a reason.");

        var updated = await alerts.UpdateStatusAsync(alert.Id, target, reason, clock.GetUtcNow());
        return new AlertTransitionResult(updated, null);
    }

    private static bool IsAllowed(AlertStatus from, AlertStatus to) => (from, to) switch
    {
        (AlertStatus.Open, AlertStatus.Acknowledged) => true,
        (AlertStatus.Open or AlertStatus.Acknowledged, AlertStatus.Dismissed) => true,
        (AlertStatus.Open or AlertStatus.Acknowledged, AlertStatus.Resolved) => true,
        _ => false,
    };

    private static string Name(AlertStatus status) => status.ToString().ToLowerInvariant();
}
