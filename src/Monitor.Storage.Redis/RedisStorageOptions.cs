namespace Monitor.Storage.Redis;

public sealed class RedisStorageOptions
{
    /// <summary>"HOST:PORT" or any StackExchange.Redis configuration string.</summary>
    public required string Configuration { get; init; }

    /// <summary>Prefix of every key the logs write, so several services can share one Redis.</summary>
    public string KeyPrefix { get; init; } = "monitor:";

    /// <summary>
    /// How long an operation keeps retrying while Redis is unreachable (a restart, a failover) before it
    /// fails to its caller. Every write is idempotent, so a retry after a lost reply changes nothing.
    /// </summary>
    public TimeSpan OutageTolerance { get; init; } = TimeSpan.FromSeconds(15);
}
