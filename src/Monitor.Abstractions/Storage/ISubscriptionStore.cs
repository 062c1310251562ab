namespace Monitor.Abstractions.Storage;

/// <summary>Subscriptions as stored: the list spans subscriptions, so it is read from here, not from a grain.</summary>
public interface ISubscriptionStore
{
    /// <summary>
    /// Stores the subscription unless its owner already has <paramref name="maxPerOwner"/> or more; the count and the
    /// write are one step, so parallel creates can never leave an owner over the limit. False when refused.
    /// </summary>
    Task<bool> CreateAsync(Subscription subscription, int maxPerOwner = int.MaxValue, CancellationToken cancellationToken = default);

    Task<Subscription?> GetAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Subscription>> ListAsync(string? owner = null, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);
}

/// <summary>Every delivery and its attempts, for `GET /api/subscriptions/{id}/deliveries`.</summary>
public interface IDeliveryLog
{
    Task SaveAsync(Delivery delivery, CancellationToken cancellationToken = default);

    Task<Delivery?> GetAsync(string subscriptionId, string deliveryId, CancellationToken cancellationToken = default);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<Delivery>> ListAsync(string subscriptionId, int limit, CancellationToken cancellationToken = default);
}
