namespace Monitor.Grains.Webhooks;

/// <summary>
/// A subscription's delivery state, bounded by <see cref="SubscriptionGrain.MaxQueue"/>: the queue,
/// the digest buffer and how far in the alert log the subscription has looked. Deliveries already
/// made live in the delivery log, not here.
/// </summary>
public sealed class SubscriptionState
{
    /// <summary>Every alert up to this sequence has been considered (queued, muted or not matching).</summary>
    public long Watermark { get; set; }

    /// <summary>Sequences above the watermark already queued (notifications can arrive out of order).</summary>
    public List<long> QueuedAbove { get; set; } = [];

    public List<PendingDelivery> Queue { get; set; } = [];

    public List<string> DigestBuffer { get; set; } = [];

    public DateTimeOffset? DigestDueAt { get; set; }
}

public sealed class PendingDelivery
{
    public string DeliveryId { get; set; } = "";

    public List<string> AlertIds { get; set; } = [];

    /// <summary>"alert" or "digest": the X-Monitor-Event header.</summary>
    public string Event { get; set; } = "alert";

    public int Attempts { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? FirstAttemptAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }
}
