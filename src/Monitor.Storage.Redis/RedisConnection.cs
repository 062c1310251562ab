using Microsoft.Extensions.Logging;
using Monitor.Abstractions.Storage;
using Polly;
using Polly.Retry;
using StackExchange.Redis;

namespace Monitor.Storage.Redis;

/// <summary>
/// The one multiplexer every Redis store shares, the key names, and the retry that carries the logs
/// through a Redis restart. Scripts run as one atomic step on the server, which is what makes an
/// append idempotent and a sequence gap-free without a lock.
/// </summary>
public sealed class RedisConnection : IStorageHealth, IAsyncDisposable
{
    private readonly ResiliencePipeline _retry;
    private readonly string _prefix;

    public RedisConnection(RedisStorageOptions options, ILogger<RedisConnection> logger)
    {
        var configuration = ConfigurationOptions.Parse(options.Configuration);
        // Start even while Redis is still coming up (containers start in any order); operations wait and retry.
        configuration.AbortOnConnectFail = false;
        Multiplexer = ConnectionMultiplexer.Connect(configuration);
        _prefix = options.KeyPrefix;
        var attempts = (int)Math.Max(1, options.OutageTolerance.TotalMilliseconds / 500);
        _retry = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<RedisConnectionException>().Handle<RedisTimeoutException>(),
                MaxRetryAttempts = attempts,
                Delay = TimeSpan.FromMilliseconds(100),
                MaxDelay = TimeSpan.FromMilliseconds(500),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = retry =>
                {
                    if (retry.AttemptNumber == 0) logger.LogWarning(retry.Outcome.Exception, "Redis unreachable; retrying for up to {Tolerance}", options.OutageTolerance);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
        _ = WarnIfNotDurableAsync(logger);
    }

    public ConnectionMultiplexer Multiplexer { get; }

    public IDatabase Database => Multiplexer.GetDatabase();

    public string Store => "redis";

    public RedisKey Key(string name) => _prefix + name;

    /// <summary>The prefix as scripts need it to name per-actor keys themselves.</summary>
    public string Prefix => _prefix;

    public ValueTask<T> RunAsync<T>(Func<IDatabase, Task<T>> operation, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(async (state, _) => await state.operation(state.database), (operation, database: Database), cancellationToken);

    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await Database.PingAsync().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync() => await Multiplexer.DisposeAsync();

    // "Nothing acknowledged before it is durable" holds only with append-only persistence and an fsync per
    // write; managed Redis may forbid CONFIG, so this warns instead of refusing to start.
    private async Task WarnIfNotDurableAsync(ILogger logger)
    {
        try
        {
            var appendOnly = await Database.ExecuteAsync("CONFIG", "GET", "appendonly");
            var fsync = await Database.ExecuteAsync("CONFIG", "GET", "appendfsync");
            var values = ((RedisResult[])appendOnly!).Concat((RedisResult[])fsync!).Select(r => (string?)r).ToArray();
            if (values is not [_, "yes", _, "always"])
                logger.LogWarning("Redis runs with appendonly={AppendOnly} appendfsync={Fsync}: an acknowledged write can be lost in a crash; use appendonly yes, appendfsync always (deploy/redis/redis.conf)", values.ElementAtOrDefault(1), values.ElementAtOrDefault(3));
        }
        catch (Exception exception) when (exception is RedisException or InvalidCastException)
        {
            logger.LogInformation("Could not read Redis persistence settings ({Reason}); make sure it runs with appendonly yes, appendfsync always", exception.Message);
        }
    }
}
