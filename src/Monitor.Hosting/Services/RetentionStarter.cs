using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitor.Abstractions.Grains;

namespace Monitor.Hosting.Services;

/// <summary>
/// Asks the retention grain at every start of a silo with retention configured to register its reminder; every silo
/// may ask, the grain is one. In-memory reminders (the embedded silo) are gone after a restart, and this brings them back.
/// </summary>
public sealed class RetentionStarter(IGrainFactory grains, ILogger<RetentionStarter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await grains.GetGrain<IRetentionGrain>(IRetentionGrain.Key).Start();
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A cluster still forming, or Redis restarting: try again, more slowly each time.
                logger.LogWarning(exception, "Could not start retention (attempt {Attempt}); trying again", attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, attempt * 5)), stoppingToken);
            }
        }
    }
}
