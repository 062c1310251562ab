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
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(250);

    private readonly ResiliencePipeline _retry;
    private readonly string _prefix;

    public RedisConnection(RedisStorageOptions options, ILogger<RedisConnection> logger)
    {
        var configuration = ConfigurationOptions.Parse(options.Configuration);
        // Start even while Redis is still coming up (containers start in any order); operations wait and retry.
        configuration.AbortOnConnectFail = false;
        // While Redis is away, fail each try at once instead of queueing it for the client's own 5 s:
        // the retry below then decides how long to wait, and OutageTolerance means what it says.
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        // Connected in the background: the first store to be resolved may be inside a grain activation,
        // which must not block on a network round trip; operations await the connection instead.
        _multiplexer = ConnectionMultiplexer.ConnectAsync(configuration);
        _prefix = options.KeyPrefix;
        // Tries fail fast (above), so the steady delays between them make up the tolerance.
        var attempts = (int)Math.Max(1, Math.Ceiling(options.OutageTolerance / RetryDelay));
        _retry = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<RedisConnectionException>().Handle<RedisTimeoutException>(),
                MaxRetryAttempts = attempts,
                Delay = RetryDelay,
                BackoffType = DelayBackoffType.Constant,
                OnRetry = retry =>
                {
                    if (retry.AttemptNumber == 0) logger.LogWarning(retry.Outcome.Exception, "Redis unreachable; retrying for up to {Tolerance}", options.OutageTolerance);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
        _ = WarnIfNotDurableAsync(logger);
    }

    private readonly Task<ConnectionMultiplexer> _multiplexer;

    /// <summary>The connection once made (for instrumentation that hooks into it); stores use <see cref="RunAsync{T}"/>.</summary>
    public Task<ConnectionMultiplexer> Connected => _multiplexer;

    public string Store => "redis";

    public RedisKey Key(string name) => _prefix + name;

    /// <summary>The prefix as scripts need it to name per-actor keys themselves.</summary>
    public string Prefix => _prefix;

    public ValueTask<T> RunAsync<T>(Func<IDatabase, Task<T>> operation, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(async (state, _) => await state.operation((await state._multiplexer).GetDatabase()), (operation, _multiplexer), cancellationToken);

    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await (await _multiplexer.WaitAsync(TimeSpan.FromSeconds(2), cancellationToken)).GetDatabase().PingAsync().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync() => await (await _multiplexer).DisposeAsync();

    // "Nothing acknowledged before it is durable" holds only with append-only persistence and an fsync per
    // write; managed Redis may forbid CONFIG, so this warns instead of refusing to start.
    private async Task WarnIfNotDurableAsync(ILogger logger)
    {
        try
        {
            var database = (await _multiplexer).GetDatabase();
            var appendOnly = await database.ExecuteAsync("CONFIG", "GET", "appendonly");
            var fsync = await database.ExecuteAsync("CONFIG", "GET", "appendfsync");
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
