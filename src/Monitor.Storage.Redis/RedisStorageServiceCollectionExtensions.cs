// Monitor.Storage.Redis owns the cluster store: the statement and alert logs, the registries, the
// subscriptions and the watchers' claim index in one Redis, beside the grain state, membership and
// reminders that Orleans' own Redis providers keep there.
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Monitor.Abstractions.Storage;

namespace Monitor.Storage.Redis;

public static class RedisStorageServiceCollectionExtensions
{
    public static IServiceCollection AddMonitorRedisStorage(this IServiceCollection services, RedisStorageOptions options)
    {
        services.AddSingleton(sp => new RedisConnection(options, sp.GetRequiredService<ILogger<RedisConnection>>()));
        services.AddSingleton<IStorageHealth>(sp => sp.GetRequiredService<RedisConnection>());
        services.AddSingleton<IStatementLog, RedisStatementLog>();
        services.AddSingleton<IAlertLog, RedisAlertLog>();
        services.AddSingleton<IActorDirectory, RedisActorDirectory>();
        services.AddSingleton<ITopicDirectory, RedisTopicDirectory>();
        services.AddSingleton<IClaimIndex, RedisClaimIndex>();
        services.AddSingleton<INeighbourStore, RedisNeighbourStore>();
        services.AddSingleton<ISourceDirectory, RedisSourceDirectory>();
        services.AddSingleton<ISubscriptionStore, RedisSubscriptionStore>();
        services.AddSingleton<IDeliveryLog, RedisDeliveryLog>();
        services.AddSingleton<IRetentionStore, RedisRetentionStore>();
        return services;
    }
}
