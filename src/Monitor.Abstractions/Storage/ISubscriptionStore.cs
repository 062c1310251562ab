namespace Monitor.Abstractions.Storage;

/// <summary>Subscriptions as stored: the list spans subscriptions, so it is read from here, not from a grain.</summary>
public interface ISubscriptionStore
{
    Task CreateAsync(Subscription subscription, CancellationToken cancellationToken = default);

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
