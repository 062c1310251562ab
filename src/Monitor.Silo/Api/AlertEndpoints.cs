using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;

namespace Monitor.Silo.Api;

/// <summary>The alert log from a cursor, one alert, and its lifecycle.</summary>
public static class AlertEndpoints
{
    public static void MapAlertEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/alerts", ListAsync).WithName("ListAlerts").WithSummary("The alert log after a sequence cursor, filtered")
            .WithQuery(QueryParameters.SinceParameter,
                QueryParameters.IdParameter("actor", "Only this actor's alerts"),
                QueryParameters.IdParameter("topic", "Only alerts on this topic"),
                QueryParameters.OneOfParameter("kind", "Only alerts of this kind", AlertKinds.All),
                QueryParameters.EnumParameter<AlertStatus>("status", "Only alerts in this status"),
                QueryParameters.EnumParameter<AlertSeverity>("severity", "Only alerts of this severity or higher"),
                QueryParameters.LimitParameter)
            .ProducesValidationProblem();
        api.MapGet("/alerts/{id}", GetAsync).WithName("GetAlert").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        // The reason is optional for acknowledge and resolve, so their body is too.
        api.MapPost("/alerts/{id}/acknowledge", (string id, HttpContext c, IGrainFactory g, CancellationToken t) => TransitionAsync(id, AlertStatus.Acknowledged, c, g, t))
            .WithName("AcknowledgeAlert").AcceptsJson<AlertTransitionInput>(optional: true).Transition();
        api.MapPost("/alerts/{id}/resolve", (string id, HttpContext c, IGrainFactory g, CancellationToken t) => TransitionAsync(id, AlertStatus.Resolved, c, g, t))
            .WithName("ResolveAlert").AcceptsJson<AlertTransitionInput>(optional: true).Transition();
        api.MapPost("/alerts/{id}/dismiss", (string id, HttpContext c, IGrainFactory g, CancellationToken t) => TransitionAsync(id, AlertStatus.Dismissed, c, g, t))
            .WithName("DismissAlert").WithSummary("Dismiss with a reason: {\"reason\": \"not a contradiction\"}")
            .AcceptsJson<AlertTransitionInput>().Transition();
    }

    private static async Task<Results<Pollable<Page<Alert>>, ProblemHttpResult>> ListAsync(HttpContext context, IAlertLog alerts, CancellationToken cancellationToken)
    {
        var query = new QueryParameters(context.Request);
        var filter = query.AlertFilter();
        if (query.Errors.Count > 0) return ApiResults.Invalid(query.Errors);
        var items = await alerts.ReadAsync(filter, cancellationToken);
        return ApiResults.Pollable(new Page<Alert>(items, items.Count > 0 ? items[^1].Sequence : filter.Since));
    }

    private static async Task<Results<Pollable<Alert>, ProblemHttpResult>> GetAsync(string id, IAlertLog alerts, CancellationToken cancellationToken)
    {
        if (!IsAlertId(id)) return ApiResults.Invalid("id", $"'{id}' is not an alert id.");
        var alert = await alerts.GetAsync(id, cancellationToken);
        return alert is null ? ApiResults.NotFound($"No alert '{id}'.") : ApiResults.Pollable(alert);
    }

    private static async Task<Results<Ok<Alert>, ProblemHttpResult>> TransitionAsync(string id, AlertStatus target, HttpContext context, IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (!IsAlertId(id)) return ApiResults.Invalid("id", $"'{id}' is not an alert id.");
        string? reason = null;
        if (context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            var (document, problem) = await JsonBody.ReadAsync(context, cancellationToken);
            if (problem is not null) return problem;
            using var _ = document;
            if (document!.RootElement.ValueKind != JsonValueKind.Object) return ApiResults.Invalid("$", "The body must be a JSON object such as {\"reason\": \"…\"}.");
            if (document.RootElement.TryGetProperty("reason", out var value))
            {
                if (value.ValueKind != JsonValueKind.String || value.GetString()!.Length > 500)
                    return ApiResults.Invalid("reason", "'reason' must be a string of at most 500 characters.");
                reason = value.GetString();
            }
        }
        if (target == AlertStatus.Dismissed && string.IsNullOrWhiteSpace(reason))
            return ApiResults.Invalid("reason", "Dismissing an alert needs a reason, e.g. {\"reason\": \"not a contradiction\"}.");

        var result = await grains.GetGrain<IAlertGrain>(id).Transition(target, reason);
        if (result.Alert is null) return ApiResults.NotFound($"No alert '{id}'.");
        if (result.Error is not null) return ApiResults.Problem(StatusCodes.Status409Conflict, "Not allowed now", result.Error);
        return TypedResults.Ok(result.Alert);
    }

    private static RouteHandlerBuilder Transition(this RouteHandlerBuilder endpoint) =>
        endpoint.ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

    private static bool IsAlertId(string id) => id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
