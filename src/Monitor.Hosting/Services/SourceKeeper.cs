using Microsoft.Extensions.Logging;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;

namespace Monitor.Hosting.Services;

/// <summary>Wakes every source's grain at start, so its polling schedule (a reminder) runs again after a restart, and every five minutes after.</summary>
public sealed class SourceKeeper(ISourceDirectory sources, IGrainFactory grains, ILogger<SourceKeeper> logger)
    : GrainWaker(TimeSpan.FromMinutes(5), logger)
{
    protected override string What => "sources";

    protected override async Task WakeAllAsync(CancellationToken cancellationToken)
    {
        foreach (var source in await sources.ListAsync(cancellationToken))
            await grains.GetGrain<ISourceGrain>(source.Definition.Id).Resume();
    }
}
