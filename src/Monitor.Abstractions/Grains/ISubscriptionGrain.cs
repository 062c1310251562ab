namespace Monitor.Abstractions.Grains;

/// <summary>
/// The delivery state of one subscription (key: subscription id): its cursor in the alert log,
/// its queue, retries and dead letters. One grain per subscription, so a slow endpoint only ever
/// holds back its own deliveries.
/// </summary>
[Alias("monitor.ISubscriptionGrain")]
public interface ISubscriptionGrain : IGrainWithStringKey
{
    /// <summary>A new alert was raised; the grain queues it when its filter matches.</summary>
    [Alias("Notify"), Orleans.Concurrency.OneWay]
    Task Notify(Alert alert);

    /// <summary>Wakes the grain: it catches up with the alert log and resumes pending deliveries.</summary>
    [Alias("Resume")]
    Task Resume();

    /// <summary>Queues an earlier delivery again (delivered or dead-lettered alike); false when there is no such delivery.</summary>
    [Alias("Redeliver")]
    Task<bool> Redeliver(string deliveryId);

    /// <summary>Stops delivering and forgets the queue (the subscription was deleted).</summary>
    [Alias("Stop")]
    Task Stop();
}
