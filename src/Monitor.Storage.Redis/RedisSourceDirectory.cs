using System.Text.Json;
using Monitor.Abstractions;
using Monitor.Abstractions.Storage;

namespace Monitor.Storage.Redis;

/// <summary>One hash field per source under <c>sources</c>, written by that source's grain.</summary>
public sealed class RedisSourceDirectory(RedisConnection redis) : ISourceDirectory
{
    public Task UpsertAsync(NewsSource source, CancellationToken cancellationToken = default) =>
        redis.RunAsync(db => db.HashSetAsync(redis.Key("sources"), source.Definition.Id, JsonSerializer.Serialize(source, MonitorJson.Options)), cancellationToken).AsTask();

    public async Task<NewsSource?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var json = await redis.RunAsync(db => db.HashGetAsync(redis.Key("sources"), id), cancellationToken);
        return json.HasValue ? JsonSerializer.Deserialize<NewsSource>((string)json!, MonitorJson.Options) : null;
    }

    public async Task<IReadOnlyList<NewsSource>> ListAsync(CancellationToken cancellationToken = default)
    {
        var all = await redis.RunAsync(db => db.HashGetAllAsync(redis.Key("sources")), cancellationToken);
        return [.. all.OrderBy(e => (string)e.Name!, StringComparer.Ordinal).Select(e => JsonSerializer.Deserialize<NewsSource>((string)e.Value!, MonitorJson.Options)!)];
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        redis.RunAsync(db => db.HashDeleteAsync(redis.Key("sources"), id), cancellationToken).AsTask();
}
