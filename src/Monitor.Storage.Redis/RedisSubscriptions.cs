using System.Text.Json;
using Monitor.Abstractions;
using Monitor.Abstractions.Storage;
using StackExchange.Redis;

namespace Monitor.Storage.Redis;

public sealed class RedisSubscriptionStore(RedisConnection redis) : ISubscriptionStore
{
    // KEYS: the subscriptions hash. ARGV: id, owner, json, limit. 1 stored, 0 refused (limit), -1 the id exists.
    // One script, so counting the owner's subscriptions and adding one cannot interleave with another create.
    private const string CreateScript = """
        if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then return -1 end
        local owned = 0
        for _, json in ipairs(redis.call('HVALS', KEYS[1])) do
          if cjson.decode(json)['owner'] == ARGV[2] then owned = owned + 1 end
        end
        if owned >= tonumber(ARGV[4]) then return 0 end
        redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
        return 1
        """;

    public async Task<bool> CreateAsync(Subscription subscription, int maxPerOwner = int.MaxValue, CancellationToken cancellationToken = default)
    {
        var result = (long)await redis.RunAsync(db => db.ScriptEvaluateAsync(CreateScript, [redis.Key("subscriptions")],
            [subscription.Id, subscription.Owner, JsonSerializer.Serialize(subscription, MonitorJson.Options), maxPerOwner]), cancellationToken);
        if (result >= 0) return result == 1;
        // A retry after a lost reply finds its own write: only a different subscription under the id is a conflict.
        if ((await GetAsync(subscription.Id, cancellationToken))?.Owner != subscription.Owner)
            throw new InvalidOperationException($"A subscription with id '{subscription.Id}' exists.");
        return true;
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
