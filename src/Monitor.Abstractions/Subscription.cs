namespace Monitor.Abstractions;

/// <summary>
/// Who wants which alerts, and where: a filter and a webhook. The secret signs every delivery
/// (HMAC-SHA256 of the body) and is never returned by the API or written to logs.
/// </summary>
/// <param name="StartAfter">Alerts up to this sequence are not delivered: by default the log's end when it was created.</param>
[GenerateSerializer, Immutable, Alias("monitor.subscription")]
public sealed record Subscription(
    [property: Id(0)] string Id,
    [property: Id(1)] string Owner,
    [property: Id(2)] string Url,
    [property: Id(3)] string Secret,
    [property: Id(4)] AlertFilter Filter,
    [property: Id(5)] DeliveryMode Mode,
    [property: Id(6)] int DigestMinutes,
    [property: Id(7)] DateTimeOffset? MuteUntil,
    [property: Id(8)] DateTimeOffset CreatedAt,
    [property: Id(9)] long StartAfter = 0);

/// <summary>Which alerts: empty lists match everything; suppressed alerts are never pushed.</summary>
[GenerateSerializer, Immutable, Alias("monitor.alert-filter")]
public sealed record AlertFilter(
    [property: Id(0)] IReadOnlyList<string> Actors,
    [property: Id(1)] IReadOnlyList<string> Topics,
    [property: Id(2)] IReadOnlyList<string> Kinds,
    [property: Id(3)] AlertSeverity MinSeverity)
{
    public static readonly AlertFilter All = new([], [], [], AlertSeverity.Low);

    public bool Matches(Alert alert) =>
        alert.SuppressedBy is null
        && alert.Severity >= MinSeverity
        && (Actors.Count == 0 || (alert.Actor is not null && Actors.Contains(alert.Actor)))
        && (Topics.Count == 0 || (alert.Topic is not null && Topics.Contains(alert.Topic)))
        && (Kinds.Count == 0 || Kinds.Contains(alert.Kind));
}

[GenerateSerializer, Alias("monitor.delivery-mode")]
public enum DeliveryMode
{
    Immediate = 0,
    Digest = 1,
}

/// <summary>One webhook delivery: one alert (or a digest of several), with every attempt's outcome.</summary>
[GenerateSerializer, Immutable, Alias("monitor.delivery")]
public sealed record Delivery(
    [property: Id(0)] string Id,
    [property: Id(1)] string SubscriptionId,
    [property: Id(2)] IReadOnlyList<string> AlertIds,
    [property: Id(3)] DeliveryStatus Status,
    [property: Id(4)] int Attempts,
    [property: Id(5)] string? LastError,
    [property: Id(6)] int? LastStatusCode,
    [property: Id(7)] DateTimeOffset CreatedAt,
    [property: Id(8)] DateTimeOffset UpdatedAt,
    [property: Id(9)] DateTimeOffset? NextAttemptAt);

[GenerateSerializer, Alias("monitor.delivery-status")]
public enum DeliveryStatus
{
    Pending = 0,
    Delivered = 1,
    DeadLettered = 2,
    Muted = 3,
}
