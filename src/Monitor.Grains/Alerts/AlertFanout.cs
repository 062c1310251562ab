using Microsoft.Extensions.Logging;
using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;

namespace Monitor.Grains.Alerts;

/// <summary>
/// Hands a newly raised alert to whoever waits for it: the live streams of this silo (through
/// <see cref="AlertSignal"/>), the .NET clients (through the feed hubs) and the subscriptions whose
/// filter matches. Notifying is best effort —
/// every subscription also catches up from its own cursor in the alert log — so a lost
/// notification delays a delivery but never loses it.
/// </summary>
public sealed class AlertFanout(AlertSignal signal, ISubscriptionStore subscriptions, IGrainFactory grains, TimeProvider clock, ILogger<AlertFanout> logger)
{
    public static readonly TimeSpan SubscriptionCacheTime = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private (DateTimeOffset LoadedAt, IReadOnlyList<Subscription> All)? _cache;

    public async Task PublishAsync(Alert alert)
    {
        signal.Pulse();
        if (alert.SuppressedBy is not null) return;
        try
        {
            for (var shard = 0; shard < IAlertFeedGrain.Shards; shard++) _ = grains.GetGrain<IAlertFeedGrain>(shard).Publish(alert);
            foreach (var subscription in await CurrentAsync())
            {
                if (subscription.Filter.Matches(alert)) _ = grains.GetGrain<ISubscriptionGrain>(subscription.Id).Notify(alert);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not notify subscriptions of alert {Alert}; they will catch up from the log", alert.Id);
        }
    }

    /// <summary>Forgets the cached list, so a subscription created or deleted through this silo counts at once.</summary>
    public void Invalidate() => _cache = null;

    private async Task<IReadOnlyList<Subscription>> CurrentAsync()
    {
        if (_cache is { } fresh && clock.GetUtcNow() - fresh.LoadedAt < SubscriptionCacheTime) return fresh.All;
        await _refresh.WaitAsync();
        try
        {
            if (_cache is { } loaded && clock.GetUtcNow() - loaded.LoadedAt < SubscriptionCacheTime) return loaded.All;
            var all = await subscriptions.ListAsync();
            _cache = (clock.GetUtcNow(), all);
            return all;
        }
        finally
        {
            _refresh.Release();
        }
    }
}
