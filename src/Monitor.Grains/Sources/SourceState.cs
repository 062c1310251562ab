using Monitor.Abstractions;

namespace Monitor.Grains.Sources;

/// <summary>
/// A source's grain state, bounded whatever the feed's age: the validators of the last fetch, the keys of
/// the latest <see cref="SeenItems.Capacity"/> items, a floor below which forgotten items count as seen, the
/// items taken from the feed but not yet read (an outbox, so a crash mid-poll loses none), and the status.
/// </summary>
public sealed class SourceState
{
    public SourceDefinition? Definition { get; set; }

    public string? ETag { get; set; }

    public string? LastModified { get; set; }

    public SeenItems Seen { get; set; } = new();

    public List<PendingItem> Pending { get; set; } = [];

    public SourceStatus Status { get; set; } = SourceStatus.New;
}

/// <summary>An item found new and not yet read; <see cref="Attempts"/> counts failed tries at its page.</summary>
public sealed class PendingItem
{
    public string Key { get; set; } = "";

    public string? Link { get; set; }

    public string? Title { get; set; }

    public string? Text { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>The item's publication time, or when it was first seen when the feed gives none: fixed once, so a re-read makes the same statement ids.</summary>
    public DateTimeOffset SaidAt { get; set; }

    public int Attempts { get; set; }
}
