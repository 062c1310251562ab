using Microsoft.Extensions.Logging;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;

namespace Monitor.Hosting.Services;

/// <summary>
/// Wakes every subscription's grain at start, so pending deliveries and retries go on after a restart
/// (the queues wait in grain state), and every minute after beside the grains' own reminders.
/// </summary>
public sealed class SubscriptionKeeper(ISubscriptionStore subscriptions, IGrainFactory grains, ILogger<SubscriptionKeeper> logger)
    : GrainWaker(TimeSpan.FromMinutes(1), logger)
{
    protected override string What => "subscriptions";

    protected override async Task WakeAllAsync(CancellationToken cancellationToken)
    {
        foreach (var subscription in await subscriptions.ListAsync(cancellationToken: cancellationToken))
            await grains.GetGrain<ISubscriptionGrain>(subscription.Id).Resume();
    }
}
