using Orleans.Concurrency;

namespace Monitor.Abstractions.Grains;

/// <summary>
/// One news source (key: source id): polls its feed on a reminder, remembers what it has read, and sends
/// each new item through document extraction. One activation in the cluster, so a feed is never polled
/// twice at once.
/// </summary>
[Alias("monitor.ISourceGrain")]
public interface ISourceGrain : IGrainWithStringKey
{
    /// <summary>Creates or replaces the source's definition and starts polling it; true when it existed.</summary>
    [Alias("Define")]
    Task<bool> Define(SourceDefinition definition);

    /// <summary>Stops polling and forgets the source; false when there was none.</summary>
    [Alias("Remove")]
    Task<bool> Remove();

    /// <summary>Polls now, whatever the schedule, and answers when done; null when the source is not defined.</summary>
    [Alias("PollNow"), ResponseTimeout("00:05:00")]
    Task<SourcePoll?> PollNow();

    /// <summary>Makes sure the schedule runs (its reminder is registered); called at start for every source.</summary>
    [Alias("Resume")]
    Task Resume();

    [ReadOnly, Alias("GetSource")]
    Task<NewsSource?> GetSource();
}
