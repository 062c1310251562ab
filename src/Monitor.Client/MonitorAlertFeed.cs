// Monitor.Client owns what a .NET program needs to follow Monitor from outside the silo: a typed
// alert feed on top of an Orleans cluster client.
using Monitor.Abstractions;
using Monitor.Abstractions.Grains;

namespace Monitor.Client;

/// <summary>
/// Delivers alerts to <c>onAlert</c> in sequence order, each once, from a cursor. The cluster
/// pushes new alerts through an observer, which only prompts a read of the alert log from the
/// cursor — so an alert pushed while the client was disconnected, or lost with a silo, is still
/// read. Every <see cref="IAlertFeedGrain.RenewEvery"/> the feed resubscribes (to a hub that may now
/// live on another silo) and catches up, which is how it survives reconnects.
/// </summary>
public sealed class MonitorAlertFeed : IAsyncDisposable
{
    private const int Page = 200;

    private readonly IClusterClient _client;
    private readonly AlertFilter _filter;
    private readonly Func<Alert, Task> _onAlert;
    private readonly SemaphoreSlim _reading = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly IAlertFeedGrain _hub;
    private readonly TimeSpan _renewEvery;
    // Orleans holds observers weakly: this field keeps the callback alive as long as the feed.
    private Observer? _observer;
    private IAlertObserver? _reference;
    private Task _renewing = Task.CompletedTask;
    private long _cursor;

    /// <param name="renewEvery">How often to resubscribe and catch up; at most <see cref="IAlertFeedGrain.RenewEvery"/>, which is the default.</param>
    public MonitorAlertFeed(IClusterClient client, AlertFilter filter, long since, Func<Alert, Task> onAlert, TimeSpan? renewEvery = null)
    {
        _renewEvery = renewEvery is { } every && every < IAlertFeedGrain.RenewEvery ? every : IAlertFeedGrain.RenewEvery;
        _client = client;
        _filter = filter;
        _cursor = since;
        _onAlert = onAlert;
        _hub = client.GetGrain<IAlertFeedGrain>(Random.Shared.Next(IAlertFeedGrain.Shards));
    }

    /// <summary>The sequence of the last alert handed to the callback.</summary>
    public long Cursor => Interlocked.Read(ref _cursor);

    public async Task StartAsync()
    {
        _observer = new Observer(this);
        _reference = _client.CreateObjectReference<IAlertObserver>(_observer);
        await _hub.Subscribe(_reference);
        await CatchUpAsync();
        _renewing = RenewAsync(_stopping.Token);
    }

    /// <summary>Reads the log from the cursor and hands over what is new, in order.</summary>
    public async Task CatchUpAsync()
    {
        await _reading.WaitAsync();
        try
        {
            while (true)
            {
                var page = await _client.GetGrain<IAlertReaderGrain>(0).Read(Cursor, Page, _filter);
                foreach (var alert in page)
                {
                    if (alert.Sequence <= Cursor) continue;
                    await _onAlert(alert);
                    Interlocked.Exchange(ref _cursor, alert.Sequence);
                }
                if (page.Count < Page) return;
            }
        }
        finally
        {
            _reading.Release();
        }
    }

    private async Task TryCatchUpAsync()
    {
        try
        {
            await CatchUpAsync();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Unreachable now; the renewal round catches up.
        }
    }

    private async Task RenewAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(_renewEvery);
        while (await WaitAsync(timer, cancellationToken))
        {
            try
            {
                await _hub.Subscribe(_reference!);
                await CatchUpAsync();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The cluster is unreachable or the hub's silo died: the next round resubscribes and catches up.
            }
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _renewing;
        if (_reference is not null)
        {
            try
            {
                await _hub.Unsubscribe(_reference);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Leaving a cluster that is gone: the subscription lapses on its own.
            }
            _client.DeleteObjectReference<IAlertObserver>(_reference);
        }
        _stopping.Dispose();
    }

    private sealed class Observer(MonitorAlertFeed feed) : IAlertObserver
    {
        public Task OnAlert(Alert alert)
        {
            if (alert.Sequence > feed.Cursor && feed._filter.Matches(alert)) _ = Task.Run(feed.TryCatchUpAsync);
            return Task.CompletedTask;
        }
    }
}
