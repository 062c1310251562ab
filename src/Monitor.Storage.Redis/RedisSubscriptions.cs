using System.Text.Json;
using Monitor.Abstractions;
using Monitor.Abstractions.Storage;
using StackExchange.Redis;

namespace Monitor.Storage.Redis;

public sealed class RedisSubscriptionStore(RedisConnection redis) : ISubscriptionStore
{
    public async Task CreateAsync(Subscription subscription, CancellationToken cancellationToken = default)
    {
        var created = await redis.RunAsync(db => db.HashSetAsync(redis.Key("subscriptions"), subscription.Id,
            JsonSerializer.Serialize(subscription, MonitorJson.Options), When.NotExists), cancellationToken);
        // A retry after a lost reply finds its own write: only a different subscription under the id is a conflict.
        if (!created && (await GetAsync(subscription.Id, cancellationToken))?.Owner != subscription.Owner)
            throw new InvalidOperationException($"A subscription with id '{subscription.Id}' exists.");
    }

    public async Task<Subscription?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var json = await redis.RunAsync(db => db.HashGetAsync(redis.Key("subscriptions"), id), cancellationToken);
        return json.HasValue ? JsonSerializer.Deserialize<Subscription>((string)json!, MonitorJson.Options) : null;
    }

    public async Task<IReadOnlyList<Subscription>> ListAsync(string? owner = null, CancellationToken cancellationToken = default)
    {
        var all = await redis.RunAsync(db => db.HashGetAllAsync(redis.Key("subscriptions")), cancellationToken);
        return [.. all.OrderBy(e => (string)e.Name!, StringComparer.Ordinal)
            .Select(e => JsonSerializer.Deserialize<Subscription>((string)e.Value!, MonitorJson.Options)!)
            .Where(s => owner is null || s.Owner == owner)];
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        redis.RunAsync(db => db.HashDeleteAsync(redis.Key("subscriptions"), id), cancellationToken).AsTask();
}

/// <summary>Deliveries of one subscription: <c>dl:{id}</c> by delivery id, <c>dl:{id}:order</c> by creation time.</summary>
public sealed class RedisDeliveryLog(RedisConnection redis) : IDeliveryLog
{
    private const string SaveScript = """
        redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
        redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
        return 1
        """;

    public Task SaveAsync(Delivery delivery, CancellationToken cancellationToken = default) =>
        redis.RunAsync(db => db.ScriptEvaluateAsync(SaveScript, [Deliveries(delivery.SubscriptionId), Order(delivery.SubscriptionId)],
            [delivery.Id, JsonSerializer.Serialize(delivery, MonitorJson.Options), delivery.CreatedAt.ToUnixTimeMilliseconds()]), cancellationToken).AsTask();

    public async Task<Delivery?> GetAsync(string subscriptionId, string deliveryId, CancellationToken cancellationToken = default)
    {
        var json = await redis.RunAsync(db => db.HashGetAsync(Deliveries(subscriptionId), deliveryId), cancellationToken);
        return json.HasValue ? JsonSerializer.Deserialize<Delivery>((string)json!, MonitorJson.Options) : null;
    }

    public async Task<IReadOnlyList<Delivery>> ListAsync(string subscriptionId, int limit, CancellationToken cancellationToken = default)
    {
        if (limit <= 0) return [];
        // Newest first; equal times by id descending, as the embedded store orders them.
        var ids = await redis.RunAsync(db => db.SortedSetRangeByRankAsync(Order(subscriptionId), 0, limit - 1, StackExchange.Redis.Order.Descending), cancellationToken);
        if (ids.Length == 0) return [];
        var values = await redis.RunAsync(db => db.HashGetAsync(Deliveries(subscriptionId), ids), cancellationToken);
        return [.. values.Where(v => v.HasValue).Select(v => JsonSerializer.Deserialize<Delivery>((string)v!, MonitorJson.Options)!)];
    }

    private RedisKey Deliveries(string subscriptionId) => redis.Key($"dl:{subscriptionId}");

    private RedisKey Order(string subscriptionId) => redis.Key($"dl:{subscriptionId}:order");
}
