using Orleans.Concurrency;

namespace Monitor.Abstractions.Grains;

/// <summary>Receives alerts pushed by the cluster (best effort; <see cref="IAlertReaderGrain"/> fills any gap).</summary>
[Alias("monitor.IAlertObserver")]
public interface IAlertObserver : IGrainObserver
{
    [OneWay, Alias("OnAlert")]
    Task OnAlert(Alert alert);
}

/// <summary>
/// One of <see cref="Shards"/> hubs that push new alerts to subscribed .NET clients. Subscriptions
/// expire unless renewed, so a client that vanished costs nothing for long; a client renews every
/// <see cref="RenewEvery"/>.
/// </summary>
[Alias("monitor.IAlertFeedGrain")]
public interface IAlertFeedGrain : IGrainWithIntegerKey
{
    public const int Shards = 4;
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(30);

    [Alias("Subscribe")]
    Task Subscribe(IAlertObserver observer);

    [Alias("Unsubscribe")]
    Task Unsubscribe(IAlertObserver observer);

    [Alias("Publish"), OneWay]
    Task Publish(Alert alert);
}

/// <summary>Reads the alert log for clients catching up from their cursor.</summary>
[Alias("monitor.IAlertReaderGrain")]
public interface IAlertReaderGrain : IGrainWithIntegerKey
{
    [ReadOnly, Alias("Read")]
    Task<IReadOnlyList<Alert>> Read(long since, int limit, AlertFilter filter);
}
