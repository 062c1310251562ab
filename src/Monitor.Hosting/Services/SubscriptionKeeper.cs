using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;

namespace Monitor.Hosting.Services;

/// <summary>
/// Wakes every subscription's grain at start, so pending deliveries and retries go on after a restart
/// (the queues wait in grain state) even where reminders are kept in memory (the embedded silo), and
/// every minute after as a safety net beside the grains' own reminders. Waking a grain that is awake
/// costs one call; every silo may do it.
/// </summary>
public sealed class SubscriptionKeeper(ISubscriptionStore subscriptions, IGrainFactory grains, ILogger<SubscriptionKeeper> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                foreach (var subscription in await subscriptions.ListAsync(cancellationToken: stoppingToken))
                    await grains.GetGrain<ISubscriptionGrain>(subscription.Id).Resume();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Waking subscriptions failed; trying again in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
