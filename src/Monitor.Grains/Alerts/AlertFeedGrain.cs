using Microsoft.Extensions.Logging;
using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Orleans.Utilities;

namespace Monitor.Grains.Alerts;

/// <summary>Pushes alerts to the .NET clients subscribed to this shard; subscriptions lapse after twice the renewal period.</summary>
[GrainType("alert-feed")]
public sealed class AlertFeedGrain(ILogger<AlertFeedGrain> logger) : Grain, IAlertFeedGrain
{
    private readonly ObserverManager<IAlertObserver> _observers = new(IAlertFeedGrain.RenewEvery * 2, logger);

    public Task Subscribe(IAlertObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(IAlertObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    public Task Publish(Alert alert)
    {
        _observers.Notify(o => o.OnAlert(alert));
        return Task.CompletedTask;
    }
}

/// <summary>Serves clients' catch-up reads of the alert log; stateless, so it runs wherever it is called.</summary>
[GrainType("alert-reader"), Orleans.Concurrency.StatelessWorker]
public sealed class AlertReaderGrain(Monitor.Abstractions.Storage.IAlertLog alerts) : Grain, IAlertReaderGrain
{
    public Task<IReadOnlyList<Alert>> Read(long since, int limit, AlertFilter filter) =>
        alerts.ReadAsync(new Monitor.Abstractions.Storage.AlertQuery(
            Since: since, Limit: Math.Clamp(limit, 1, 1_000), MinSeverity: filter.MinSeverity, IncludeSuppressed: false,
            Actors: filter.Actors, Topics: filter.Topics, Kinds: filter.Kinds));
}
