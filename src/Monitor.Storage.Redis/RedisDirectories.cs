using System.Text.Json;
using Monitor.Abstractions;
using Monitor.Abstractions.Storage;

namespace Monitor.Storage.Redis;

public sealed class RedisActorDirectory(RedisConnection redis) : IActorDirectory
{
    public Task UpsertAsync(ActorDefinition actor, CancellationToken cancellationToken = default) =>
        redis.RunAsync(db => db.HashSetAsync(redis.Key("actors"), actor.Id, JsonSerializer.Serialize(actor, MonitorJson.Options)), cancellationToken).AsTask();

    public async Task<ActorDefinition?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var json = await redis.RunAsync(db => db.HashGetAsync(redis.Key("actors"), id), cancellationToken);
        return json.HasValue ? JsonSerializer.Deserialize<ActorDefinition>((string)json!, MonitorJson.Options) : null;
    }

    public async Task<IReadOnlyList<ActorDefinition>> ListAsync(CancellationToken cancellationToken = default)
    {
        var all = await redis.RunAsync(db => db.HashGetAllAsync(redis.Key("actors")), cancellationToken);
        return [.. all.OrderBy(e => (string)e.Name!, StringComparer.Ordinal).Select(e => JsonSerializer.Deserialize<ActorDefinition>((string)e.Value!, MonitorJson.Options)!)];
    }
}

/// <summary>Topics keep the order they were first defined in (<c>topics:order</c>), which breaks ties when classifying text.</summary>
public sealed class RedisTopicDirectory(RedisConnection redis) : ITopicDirectory
{
    private const string UpsertScript = """
        if redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) == 1 then redis.call('RPUSH', KEYS[2], ARGV[1]) end
        return 1
        """;

    public Task UpsertAsync(TopicDefinition topic, CancellationToken cancellationToken = default) =>
        redis.RunAsync(db => db.ScriptEvaluateAsync(UpsertScript, [redis.Key("topics"), redis.Key("topics:order")],
            [topic.Id, JsonSerializer.Serialize(topic, MonitorJson.Options)]), cancellationToken).AsTask();

    public async Task<IReadOnlyList<TopicDefinition>> ListAsync(CancellationToken cancellationToken = default)
    {
        var order = await redis.RunAsync(db => db.ListRangeAsync(redis.Key("topics:order")), cancellationToken);
        if (order.Length == 0) return [];
        var values = await redis.RunAsync(db => db.HashGetAsync(redis.Key("topics"), order), cancellationToken);
        return [.. values.Where(v => v.HasValue).Select(v => JsonSerializer.Deserialize<TopicDefinition>((string)v!, MonitorJson.Options)!)];
    }
}
