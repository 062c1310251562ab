namespace Monitor.Grains.Sources;

/// <summary>
/// Which feed items a source has read, in bounded space: the keys of the latest <see cref="Capacity"/> items
/// in the order they were read, and a high-water mark of publication time (<see cref="Floor"/>) raised to each
/// forgotten item's time, so an old item that scrolls back into a feed after its key was dropped is still
/// known as read. An item without a date is judged by its key alone.
/// </summary>
public sealed class SeenItems
{
    public const int Capacity = 2_000;

    public List<SeenItem> Items { get; set; } = [];

    public DateTimeOffset? Floor { get; set; }

    public bool Contains(string key, DateTimeOffset? publishedAt) =>
        (publishedAt is { } at && Floor is { } floor && at <= floor) || Items.Exists(i => i.Key == key);

    public void Add(string key, DateTimeOffset? publishedAt)
    {
        Items.Add(new SeenItem { Key = key, PublishedAt = publishedAt });
        var excess = Items.Count - Capacity;
        if (excess <= 0) return;
        foreach (var forgotten in Items.Take(excess))
            if (forgotten.PublishedAt is { } at && (Floor is null || at > Floor)) Floor = at;
        Items.RemoveRange(0, excess);
    }
}

public sealed class SeenItem
{
    public string Key { get; set; } = "";

    public DateTimeOffset? PublishedAt { get; set; }
}
