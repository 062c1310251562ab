using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Monitor.Hosting.Services;

/// <summary>
/// Wakes a kind of grain at start and every <paramref name="interval"/> after: where reminders are kept in memory
/// (the embedded silo) this is what brings their schedules back after a restart, and beside durable reminders it
/// is a safety net. Waking a grain that is awake costs one call; every silo may do it.
/// </summary>
public abstract class GrainWaker(TimeSpan interval, ILogger logger) : BackgroundService
{
    protected abstract string What { get; }

    protected abstract Task WakeAllAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                await WakeAllAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Waking {What} failed; trying again in {Interval}", What, interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
