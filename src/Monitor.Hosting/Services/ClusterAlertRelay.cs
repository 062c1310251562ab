using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Grains.Alerts;

namespace Monitor.Hosting.Services;

/// <summary>
/// In a cluster, wakes this silo's live streams when an alert is raised on any silo: it follows one
/// of the alert feed hubs as the .NET clients do and pulses <see cref="AlertSignal"/>. Without it a
/// stream learns of another silo's alert at its next one-second poll; with it, at once. Losing the
/// hub (its silo died) only falls back to polling until the next renewal.
/// </summary>
public sealed class ClusterAlertRelay(IGrainFactory grains, AlertSignal signal, ILogger<ClusterAlertRelay> logger) : BackgroundService, IAlertObserver
{
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(2);

    public Task OnAlert(Alert alert)
    {
        signal.Pulse();
        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // This object lives as long as the silo, so the observer reference Orleans holds weakly stays valid.
        var reference = grains.CreateObjectReference<IAlertObserver>(this);
        var hub = grains.GetGrain<IAlertFeedGrain>(Random.Shared.Next(IAlertFeedGrain.Shards));
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = IAlertFeedGrain.RenewEvery;
            try
            {
                await hub.Subscribe(reference);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogDebug(exception, "Could not follow the alert feed; streams poll until the next try");
                wait = RetryAfterFailure;
            }
            try
            {
                await Task.Delay(wait, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        try
        {
            await hub.Unsubscribe(reference).WaitAsync(TimeSpan.FromSeconds(2), CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Stopping anyway: the hub forgets an unrenewed subscription by itself.
        }
    }
}
