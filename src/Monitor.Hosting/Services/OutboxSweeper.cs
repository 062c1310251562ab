using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;

namespace Monitor.Hosting.Services;

/// <summary>
/// Makes sure every durable statement reaches its watcher even when its actor is never called
/// again — for instance after the silo that held it died between the append and the feed. An actor
/// still behind after two sweeps in a row is asked to feed what it has pending.
/// </summary>
public sealed class OutboxSweeper(IStatementLog log, IGrainFactory grains, ILogger<OutboxSweeper> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var behindLastTime = new HashSet<string>(StringComparer.Ordinal);
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var behind = (await log.ActorsWithUnfedStatementsAsync(stoppingToken)).ToHashSet(StringComparer.Ordinal);
                foreach (var actor in behind.Where(behindLastTime.Contains))
                    await grains.GetGrain<IActorGrain>(actor).FeedPending();
                behindLastTime = behind;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Outbox sweep failed; trying again in {Interval}", Interval);
            }
        }
    }
}
