using System.Text.Json;
using Monitor.Abstractions;
using Monitor.Abstractions.Storage;
using Monitor.Grains.Alerts;
using Monitor.Grains.Diagnostics;

namespace Monitor.Silo.Api;

/// <summary>
/// GET /api/alerts/stream: server-sent events read from the alert log. Each event's id is the
/// alert's sequence, so a client that reconnects with Last-Event-ID (or ?since=) gets everything it
/// missed from the log — across a silo restart too. Suppressed alerts are not pushed. A comment
/// line every <see cref="Heartbeat"/> keeps proxies from closing an idle stream.
/// </summary>
public static class AlertStreamEndpoint
{
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    public static void MapAlertStream(this RouteGroupBuilder api) =>
        api.MapGet("/alerts/stream", StreamAsync).WithName("AlertStream").WithSummary("Live alerts as server-sent events, resumable with Last-Event-ID")
            .WithQuery(QueryParameters.SinceParameter,
                QueryParameters.IdParameter("actor", "Only this actor's alerts"),
                QueryParameters.IdParameter("topic", "Only alerts on this topic"),
                QueryParameters.OneOfParameter("kind", "Only alerts of this kind", AlertKinds.All),
                QueryParameters.EnumParameter<AlertSeverity>("severity", "Only alerts of this severity or higher"))
            .Produces<string>(StatusCodes.Status200OK, "text/event-stream")
            .ProducesValidationProblem();

    private static async Task StreamAsync(HttpContext context, IAlertLog alerts, AlertSignal signal, MonitorMetrics metrics, IHostApplicationLifetime lifetime, CancellationToken requestAborted)
    {
        // A stopping silo ends its streams at once instead of holding shutdown until the timeout: clients
        // reconnect (through the proxy, to another silo) with Last-Event-ID and miss nothing.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, lifetime.ApplicationStopping);
        var cancellationToken = stopping.Token;
        var query = new QueryParameters(context.Request);
        var since = query.Since();
        if (long.TryParse(context.Request.Headers["Last-Event-ID"].ToString(), out var lastEventId) && lastEventId >= 0) since = lastEventId;
        var filter = new AlertQuery(
            Since: since,
            Limit: 100,
            Actor: query.Id("actor"),
            Topic: query.Id("topic"),
            Kind: query.OneOf("kind", AlertKinds.All),
            MinSeverity: query.Enum<AlertSeverity>("severity"),
            IncludeSuppressed: false);
        if (query.Errors.Count > 0)
        {
            await ApiResults.Invalid(query.Errors).ExecuteAsync(context);
            return;
        }

        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.WriteAsync("retry: 2000\n\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);

        var lastWrite = DateTimeOffset.UtcNow;
        metrics.SseClientConnected();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var page = await alerts.ReadAsync(filter, cancellationToken);
                foreach (var alert in page)
                {
                    await response.WriteAsync($"id: {alert.Sequence}\nevent: alert\ndata: {JsonSerializer.Serialize(alert, MonitorJson.Options)}\n\n", cancellationToken);
                    filter = filter with { Since = alert.Sequence };
                }
                if (page.Count > 0)
                {
                    await response.Body.FlushAsync(cancellationToken);
                    lastWrite = DateTimeOffset.UtcNow;
                    if (page.Count == filter.Limit) continue;
                }
                if (DateTimeOffset.UtcNow - lastWrite >= Heartbeat)
                {
                    await response.WriteAsync(": heartbeat\n\n", cancellationToken);
                    await response.Body.FlushAsync(cancellationToken);
                    lastWrite = DateTimeOffset.UtcNow;
                }
                await signal.WaitAsync(Poll, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The client went away.
        }
        finally
        {
            metrics.SseClientDisconnected();
        }
    }
}
