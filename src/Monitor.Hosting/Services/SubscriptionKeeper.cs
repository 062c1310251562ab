using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;

namespace Monitor.Hosting.Services;

/// <summary>
/// Keeps every subscription's grain awake so its pending deliveries and retries go on: at start
/// (after a restart, the queues are in grain state waiting) and every minute after (after another
/// silo died). Waking a grain that is awake costs one call; every silo may do it.
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
