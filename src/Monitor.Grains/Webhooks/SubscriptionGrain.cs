using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;
using Monitor.Grains.Diagnostics;

namespace Monitor.Grains.Webhooks;

/// <summary>
/// Delivers one subscription's alerts to its webhook, at least once and in order. New alerts come
/// by notification and, as a safety net, by reading the alert log from the subscription's own
/// watermark, so nothing raised is missed even when a notification is lost. Only the head of the
/// queue is attempted: a failing receiver is retried with exponential backoff and jitter until
/// <see cref="WebhookOptions.RetryFor"/> has passed, then dead-lettered, and only then does the next
/// delivery go. The queue is grain state, so pending deliveries survive a silo restart; while it
/// holds anything, a reminder keeps the grain alive, so when its silo dies the grain comes back on
/// another one within a minute and goes on delivering.
/// </summary>
[GrainType(GrainTypeName)]
public sealed class SubscriptionGrain(
    [PersistentState("delivery", GrainStorage.Name)] IPersistentState<SubscriptionState> state,
    ISubscriptionStore subscriptions,
    IDeliveryLog deliveries,
    IAlertLog alerts,
    WebhookSender sender,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    MonitorMetrics metrics,
    ILogger<SubscriptionGrain> logger) : Grain, ISubscriptionGrain, IRemindable
{
    public const string GrainTypeName = "subscription";

    /// <summary>The reminder held while deliveries wait.</summary>
    public const string KeepDeliveringReminder = "keep-delivering";

    /// <summary>Deliveries queued at most; beyond it the subscription stops reading the log until the queue drains.</summary>
    public const int MaxQueue = 1_000;

    private Subscription? _subscription;
    private DateTimeOffset _nextCatchUp;
    private IGrainReminder? _keepDelivering;

    private SubscriptionState State => state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _subscription = await subscriptions.GetAsync(this.GetPrimaryKeyString(), cancellationToken);
        // A new subscription starts where its creator asked (by default the log's end when it was made).
        if (_subscription is not null && State.Watermark < _subscription.StartAfter) State.Watermark = _subscription.StartAfter;
        _keepDelivering = await this.GetReminder(KeepDeliveringReminder);
        this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)) { Interleave = false });
    }

    public async Task Notify(Alert alert)
    {
        if (_subscription is null || !_subscription.Filter.Matches(alert)) return;
        if (alert.Sequence <= State.Watermark || State.QueuedAbove.Contains(alert.Sequence) || State.Queue.Count >= MaxQueue) return;
        // Sent before anything is written: the alert is already durable in the log and the watermark
        // has not moved past it, so a crash before the state below is saved means it is read and sent
        // again (same delivery id) — at least once, without two writes in front of every delivery.
        await AcceptAsync([alert]);
        if (!await PumpAsync()) await state.WriteStateAsync();
        await KeepAwakeWhilePendingAsync();
    }

    public async Task Resume()
    {
        if (_subscription is null) return;
        await CatchUpAsync();
        await PumpAsync();
        await KeepAwakeWhilePendingAsync();
    }

    public async Task<bool> Redeliver(string deliveryId)
    {
        if (_subscription is null) return false;
        var delivery = await deliveries.GetAsync(_subscription.Id, deliveryId);
        if (delivery is null) return false;
        if (State.Queue.Any(p => p.DeliveryId == deliveryId)) return true;
        var now = clock.GetUtcNow();
        State.Queue.Add(new PendingDelivery
        {
            DeliveryId = deliveryId,
            AlertIds = [.. delivery.AlertIds],
            Event = delivery.AlertIds.Count == 1 && !deliveryId.StartsWith("dg-", StringComparison.Ordinal) ? "alert" : "digest",
            CreatedAt = now,
            NextAttemptAt = now,
        });
        await deliveries.SaveAsync(delivery with { Status = DeliveryStatus.Pending, UpdatedAt = now, NextAttemptAt = now });
        await state.WriteStateAsync();
        await PumpAsync();
        await KeepAwakeWhilePendingAsync();
        return true;
    }

    public async Task Stop()
    {
        _subscription = null;
        await state.ClearStateAsync();
        await KeepAwakeWhilePendingAsync();
        DeactivateOnIdle();
    }

    /// <summary>The reminder only has to activate the grain: activation starts the timer that delivers.</summary>
    public Task ReceiveReminder(string reminderName, TickStatus status) => Resume();

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        if (_subscription is null) return;
        if (clock.GetUtcNow() >= _nextCatchUp) await CatchUpAsync();
        await PumpAsync();
        if (HasPendingWork) DelayDeactivation(TimeSpan.FromMinutes(5));
        await KeepAwakeWhilePendingAsync();
    }

    private bool HasPendingWork => _subscription is not null && (State.Queue.Count > 0 || State.DigestBuffer.Count > 0);

    // Registered when work starts waiting and dropped when it is done: one write at each edge, none per delivery.
    private async Task KeepAwakeWhilePendingAsync()
    {
        if (HasPendingWork && _keepDelivering is null)
            _keepDelivering = await this.RegisterOrUpdateReminder(KeepDeliveringReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        else if (!HasPendingWork && _keepDelivering is not null)
        {
            await this.UnregisterReminder(_keepDelivering);
            _keepDelivering = null;
        }
    }

    /// <summary>Reads the alert log from the watermark and queues whatever matching alert is not queued yet.</summary>
    private async Task CatchUpAsync()
    {
        var subscription = _subscription!;
        _nextCatchUp = clock.GetUtcNow() + options.Value.CatchUpInterval;
        var changed = false;
        while (State.Queue.Count < MaxQueue)
        {
            var page = await alerts.ReadAsync(new AlertQuery(
                Since: State.Watermark, Limit: 200, MinSeverity: subscription.Filter.MinSeverity, IncludeSuppressed: false,
                Actors: subscription.Filter.Actors, Topics: subscription.Filter.Topics, Kinds: subscription.Filter.Kinds));
            var fresh = page.Where(a => !State.QueuedAbove.Contains(a.Sequence)).Take(MaxQueue - State.Queue.Count).ToArray();
            if (fresh.Length > 0) await AcceptAsync(fresh);
            if (page.Count > 0)
            {
                State.Watermark = fresh.Length == page.Count || fresh.Length == 0 ? page[^1].Sequence : fresh[^1].Sequence;
                State.QueuedAbove.RemoveAll(s => s <= State.Watermark);
                changed = true;
            }
            if (page.Count < 200) break;
        }
        if (changed) await state.WriteStateAsync();
    }

    /// <summary>Queues alerts (or mutes them, or buffers them for the digest); a delivery enters the delivery log at its first attempt.</summary>
    private async Task AcceptAsync(IReadOnlyList<Alert> accepted)
    {
        var subscription = _subscription!;
        var now = clock.GetUtcNow();
        foreach (var alert in accepted.OrderBy(a => a.Sequence))
        {
            State.QueuedAbove.Add(alert.Sequence);
            if (subscription.MuteUntil is { } until && now < until)
            {
                await deliveries.SaveAsync(new Delivery(DeliveryId("dl", alert.Id), subscription.Id, [alert.Id], DeliveryStatus.Muted, 0, $"muted until {until:u}", null, now, now, null));
                continue;
            }
            if (subscription.Mode == DeliveryMode.Digest)
            {
                State.DigestBuffer.Add(alert.Id);
                State.DigestDueAt ??= now.AddMinutes(subscription.DigestMinutes);
                continue;
            }
            State.Queue.Add(new PendingDelivery { DeliveryId = DeliveryId("dl", alert.Id), AlertIds = [alert.Id], Event = "alert", CreatedAt = now, NextAttemptAt = now });
        }
    }

    /// <summary>
    /// Attempts the head of the queue while it is due; stops at the first failure (order per
    /// subscription). Returns whether it attempted anything (and so saved the state).
    /// </summary>
    private async Task<bool> PumpAsync()
    {
        if (_subscription is not { } subscription) return false;
        var attempted = false;
        var now = clock.GetUtcNow();
        if (State.DigestBuffer.Count > 0 && State.DigestDueAt <= now)
        {
            var id = DeliveryId("dg", string.Join(",", State.DigestBuffer));
            State.Queue.Add(new PendingDelivery { DeliveryId = id, AlertIds = [.. State.DigestBuffer], Event = "digest", CreatedAt = now, NextAttemptAt = now });
            await deliveries.SaveAsync(new Delivery(id, subscription.Id, [.. State.DigestBuffer], DeliveryStatus.Pending, 0, null, null, now, now, now));
            State.DigestBuffer.Clear();
            State.DigestDueAt = null;
            await state.WriteStateAsync();
        }

        while (State.Queue.Count > 0 && State.Queue[0].NextAttemptAt <= clock.GetUtcNow())
        {
            attempted = true;
            var head = State.Queue[0];
            using var span = MonitorActivities.Source.StartActivity(MonitorActivities.DeliverWebhook);
            span?.SetTag("monitor.subscription", subscription.Id);
            span?.SetTag("monitor.delivery", head.DeliveryId);
            span?.SetTag("monitor.delivery.attempt", head.Attempts + 1);
            var body = await BodyAsync(head);
            var result = body is null
                ? WebhookResult.Failed(null, "the alert no longer exists", retriable: false)
                : await sender.SendAsync(subscription.Url, subscription.Secret, head.Event, head.DeliveryId, body, CancellationToken.None);
            now = clock.GetUtcNow();
            head.Attempts++;
            head.FirstAttemptAt ??= now;
            DeliveryStatus status;
            if (result.Success)
            {
                status = DeliveryStatus.Delivered;
            }
            else if (!result.Retriable || now - head.FirstAttemptAt.Value >= options.Value.RetryFor)
            {
                status = DeliveryStatus.DeadLettered;
                logger.LogWarning("Delivery {Delivery} of subscription {Subscription} dead-lettered after {Attempts} attempts: {Error}", head.DeliveryId, subscription.Id, head.Attempts, result.Error);
            }
            else
            {
                status = DeliveryStatus.Pending;
                head.NextAttemptAt = now + Backoff(head.Attempts);
            }

            await deliveries.SaveAsync(new Delivery(head.DeliveryId, subscription.Id, head.AlertIds, status, head.Attempts, result.Error, result.StatusCode,
                head.CreatedAt, now, status == DeliveryStatus.Pending ? head.NextAttemptAt : null));
            // Counted once the attempt's outcome is in the delivery log, as the API would show it.
            var outcome = status switch
            {
                DeliveryStatus.Delivered => MonitorMetrics.Outcomes.Delivered,
                DeliveryStatus.DeadLettered => MonitorMetrics.Outcomes.DeadLettered,
                _ => MonitorMetrics.Outcomes.Retrying,
            };
            metrics.WebhookAttempted(outcome);
            span?.SetTag("monitor.delivery.outcome", outcome);
            if (result.StatusCode is { } code) span?.SetTag("http.response.status_code", code);
            if (!result.Success) span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, result.Error);
            if (status != DeliveryStatus.Pending) State.Queue.RemoveAt(0);
            await state.WriteStateAsync();
            if (status == DeliveryStatus.Pending) break;
        }
        return attempted;
    }

    private async Task<byte[]?> BodyAsync(PendingDelivery delivery)
    {
        var loaded = new List<Alert>();
        foreach (var id in delivery.AlertIds)
        {
            if (await alerts.GetAsync(id) is { } alert) loaded.Add(alert);
        }
        if (loaded.Count == 0) return null;
        return delivery.Event == "alert"
            ? JsonSerializer.SerializeToUtf8Bytes(loaded[0], MonitorJson.Options)
            : JsonSerializer.SerializeToUtf8Bytes(new { type = "digest", subscription = _subscription!.Id, alerts = loaded }, MonitorJson.Options);
    }

    /// <summary>Doubling waits from the first retry delay up to the cap, each stretched or shrunk by up to 20% so receivers are not hit in lockstep.</summary>
    private TimeSpan Backoff(int attempts)
    {
        var o = options.Value;
        var exponential = o.FirstRetryDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempts - 1, 20));
        var capped = Math.Min(exponential, o.MaxRetryDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.8 + Random.Shared.NextDouble() * 0.4));
    }

    private string DeliveryId(string prefix, string material) =>
        $"{prefix}-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{this.GetPrimaryKeyString()}\n{material}")).AsSpan(0, 10));
}
