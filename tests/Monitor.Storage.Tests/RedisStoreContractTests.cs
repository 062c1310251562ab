using Microsoft.Extensions.Logging.Abstractions;
using Monitor.Storage.Redis;

namespace Monitor.Storage.Tests;

/// <summary>
/// The store contract against the Redis store: one server for the class, and a key prefix per test,
/// so no test sees another's keys — as several services sharing one Redis would not.
/// </summary>
public sealed class RedisStoreContractTests(RedisServerFixture redis) : StoreContractTests, IClassFixture<RedisServerFixture>
{
    private RedisConnection? _connection;

    protected override Task<StoreSet> OpenAsync()
    {
        var connection = _connection = new RedisConnection(
            new RedisStorageOptions { Configuration = redis.Server.Address, KeyPrefix = "t-" + Guid.NewGuid().ToString("N") + ":" },
            NullLogger<RedisConnection>.Instance);
        return Task.FromResult(new StoreSet(
            new RedisStatementLog(connection),
            new RedisAlertLog(connection),
            new RedisClaimIndex(connection),
            new RedisNeighbourStore(connection),
            new RedisActorDirectory(connection),
            new RedisTopicDirectory(connection),
            new RedisSubscriptionStore(connection),
            new RedisDeliveryLog(connection),
            connection,
            connection,
            new RedisRetentionStore(connection)));
    }

    protected override async Task<long> StatementsKeptByTheIndexAsync() =>
        await _connection!.RunAsync(db => db.HashLengthAsync(_connection.Key("ci:statements")), CancellationToken.None);
}
