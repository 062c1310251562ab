using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;

namespace Monitor.Grains.Retention;

/// <summary>
/// One grain for the cluster runs retention on a reminder, so a pass survives the silo that started it and two silos
/// never run one at the same time. Alerts go first: the pass over them also gathers the statements that open and
/// acknowledged alerts cite, and those statements stay whatever their age. A log is trimmed only up to what its
/// watchers have been fed, so retention never takes a statement from the outbox.
/// </summary>
[GrainType("retention")]
public sealed class RetentionGrain(
    IRetentionStore store,
    IStatementLog log,
    IOptions<RetentionOptions> options,
    TimeProvider clock,
    ILogger<RetentionGrain> logger) : Grain, IRetentionGrain, IRemindable
{
    public const string ReminderName = "retention";

    public async Task Start()
    {
        var retention = options.Value;
        if (retention.Enabled)
        {
            await this.RegisterOrUpdateReminder(ReminderName, retention.Interval, retention.Interval);
            return;
        }
        if (await this.GetReminder(ReminderName) is { } reminder) await this.UnregisterReminder(reminder);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ReminderName) return;
        if (!options.Value.Enabled)
        {
            await Start();
            return;
        }
        try
        {
            await Apply();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The next tick tries again; what was deleted stays deleted, what was not is found again.
            logger.LogWarning(exception, "A retention pass failed; the next runs in {Interval}", options.Value.Interval);
        }
    }

    public async Task<RetentionPass> Apply()
    {
        var retention = options.Value;
        var now = clock.GetUtcNow();
        var alerts = await store.ApplyToAlertsAsync(now - retention.AlertMaxAge);
        var statements = 0L;
        if (retention.StatementMaxAge is { } maxAge)
        {
            foreach (var name in await store.LogsAsync())
            {
                var fed = await log.FedSequenceAsync(name);
                if (fed > 0) statements += await store.DeleteStatementsAsync(name, now - maxAge, fed, alerts.CitedByOpenAlerts);
            }
        }
        if (statements > 0 || alerts.Deleted > 0)
            logger.LogInformation("Retention deleted {Statements} statements and {Alerts} alerts; {Kept} statements stay for open alerts",
                statements, alerts.Deleted, alerts.CitedByOpenAlerts.Count);
        return new RetentionPass(statements, alerts.Deleted, alerts.CitedByOpenAlerts.Count);
    }
}
