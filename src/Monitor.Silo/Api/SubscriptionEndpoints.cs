using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;
using Monitor.Grains.Alerts;
using Monitor.Grains.Webhooks;
using Monitor.Hosting.Ingestion;

namespace Monitor.Silo.Api;

/// <summary>Webhook subscriptions: create, list, read, delete, their deliveries, and redelivery. Secrets are never returned.</summary>
public static class SubscriptionEndpoints
{
    public const int MinSecretBytes = 16;
    public const int MaxSecretBytes = 256;

    public static void MapSubscriptionEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/subscriptions", CreateAsync).WithName("CreateSubscription").WithSummary("Subscribe a webhook to alerts matching a filter")
            .AcceptsJson<SubscriptionInput>().ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/subscriptions", ListAsync).WithName("ListSubscriptions");
        api.MapGet("/subscriptions/{id}", GetAsync).WithName("GetSubscription").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/subscriptions/{id}", DeleteAsync).WithName("DeleteSubscription").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/subscriptions/{id}/deliveries", DeliveriesAsync).WithName("SubscriptionDeliveries").WithSummary("Deliveries with attempts and failures, newest first")
            .WithQuery(QueryParameters.LimitParameter)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/subscriptions/{id}/deliveries/{deliveryId}/redeliver", RedeliverAsync).WithName("Redeliver").ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Created<SubscriptionView>, ProblemHttpResult>> CreateAsync(HttpContext context, ISubscriptionStore store, IActorDirectory actors, IAlertLog alerts, WebhookSender sender,
        IOptions<WebhookOptions> options, AlertFanout fanout, IGrainFactory grains, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (document, problem) = await JsonBody.ReadAsync(context, cancellationToken);
        if (problem is not null) return problem;
        using var _ = document;
        var root = document!.RootElement;
        if (root.ValueKind != JsonValueKind.Object) return ApiResults.Invalid("$", "A subscription must be a JSON object.");

        var errors = new ValidationErrors();
        string? Text(string name, int max)
        {
            if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
            if (value.ValueKind == JsonValueKind.String && value.GetString()!.Length <= max) return value.GetString();
            errors.Add(name, $"'{name}' must be a string of at most {max} characters.");
            return null;
        }

        var url = Text("url", InputLimits.MaxUrlLength);
        if (url is null) errors.Add("url", "'url' is required.");
        else if (await sender.Guard.CheckAsync(url, cancellationToken) is { } refused) errors.Add("url", refused);

        var secret = Text("secret", 1_000);
        var secretBytes = secret is null ? 0 : Encoding.UTF8.GetByteCount(secret);
        if (secretBytes < MinSecretBytes || secretBytes > MaxSecretBytes)
            errors.Add("secret", $"'secret' is required and must be {MinSecretBytes} to {MaxSecretBytes} bytes (it was {secretBytes}).");

        var mode = DeliveryMode.Immediate;
        if (Text("mode", 16) is { } modeText)
        {
            if (modeText == "immediate") mode = DeliveryMode.Immediate;
            else if (modeText == "digest") mode = DeliveryMode.Digest;
            else errors.Add("mode", "'mode' must be immediate or digest.");
        }
        var digestMinutes = 0;
        if (root.TryGetProperty("digestMinutes", out var digest) && digest.ValueKind != JsonValueKind.Null)
        {
            if (!digest.TryGetInt32(out digestMinutes) || digestMinutes is < 1 or > 1_440) errors.Add("digestMinutes", "'digestMinutes' must be 1 to 1440.");
        }
        if (mode == DeliveryMode.Digest && digestMinutes == 0) errors.Add("digestMinutes", "A digest subscription needs 'digestMinutes' (1 to 1440).");

        DateTimeOffset? muteUntil = null;
        if (Text("muteUntil", 64) is { } muteText)
        {
            if (DateTimeOffset.TryParse(muteText, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed)) muteUntil = parsed.ToUniversalTime();
            else errors.Add("muteUntil", "'muteUntil' must be an ISO 8601 date and time.");
        }

        long? since = null;
        if (root.TryGetProperty("since", out var sinceElement) && sinceElement.ValueKind != JsonValueKind.Null)
        {
            if (sinceElement.TryGetInt64(out var value) && value >= 0) since = value;
            else errors.Add("since", "'since' must be an alert sequence (a whole number, 0 for the whole log).");
        }

        var filter = await ParseFilterAsync(root, actors, errors, cancellationToken);
        if (!errors.IsEmpty) return ApiResults.Invalid(errors.ToDictionary(), "The subscription was not created: " + errors);

        var owner = ApiKeyFilter.Owner(context);

        // Only what is raised from now on, unless the caller asks for the log from a sequence: a subscription
        // made by someone who may not read the alert log must not become a way to copy it out.
        var startAfter = since ?? await alerts.LastSequenceAsync(cancellationToken);
        var subscription = new Subscription("sub-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), owner, url!, secret!, filter, mode, digestMinutes, muteUntil, clock.GetUtcNow(), startAfter);
        if (!await store.CreateAsync(subscription, options.Value.MaxSubscriptionsPerKey, cancellationToken))
            return ApiResults.Problem(StatusCodes.Status409Conflict, "Too many subscriptions",
                $"This key owns {options.Value.MaxSubscriptionsPerKey} subscriptions, the limit. Delete one first.");
        fanout.Invalidate();
        await grains.GetGrain<ISubscriptionGrain>(subscription.Id).Resume();
        return TypedResults.Created((string?)null, View(subscription));
    }

    private static async Task<AlertFilter> ParseFilterAsync(JsonElement root, IActorDirectory actors, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (!root.TryGetProperty("filter", out var filter) || filter.ValueKind == JsonValueKind.Null) return AlertFilter.All;
        if (filter.ValueKind != JsonValueKind.Object)
        {
            errors.Add("filter", "'filter' must be an object.");
            return AlertFilter.All;
        }
        List<string> Strings(string name)
        {
            if (!filter.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return [];
            if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() <= 100 && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String))
                return value.EnumerateArray().Select(v => v.GetString()!).Distinct(StringComparer.Ordinal).ToList();
            errors.Add($"filter.{name}", $"'{name}' must be an array of at most 100 strings.");
            return [];
        }
        var actorIds = Strings("actors");
        foreach (var actor in actorIds)
        {
            if (!Identifiers.IsValidActorId(actor) || await actors.GetAsync(actor, cancellationToken) is null) errors.Add("filter.actors", $"Unknown actor '{actor}'.");
        }
        var topics = Strings("topics");
        foreach (var topic in topics.Where(t => !Identifiers.IsValidTopicId(t))) errors.Add("filter.topics", $"'{topic}' is not a topic id ([a-z0-9-]{{1,64}}).");
        var kinds = Strings("kinds");
        foreach (var kind in kinds.Where(k => !AlertKinds.All.Contains(k)))
            errors.Add("filter.kinds", $"Unknown kind '{kind}'; known: {string.Join(", ", AlertKinds.All.Order(StringComparer.Ordinal))}.");
        var severity = AlertSeverity.Low;
        if (filter.TryGetProperty("minSeverity", out var minSeverity) && minSeverity.ValueKind != JsonValueKind.Null)
        {
            var text = minSeverity.ValueKind == JsonValueKind.String ? minSeverity.GetString() : null;
            var match = Enum.GetValues<AlertSeverity>().Where(s => JsonNamingPolicy.KebabCaseLower.ConvertName(s.ToString()) == text).ToArray();
            if (match.Length == 1) severity = match[0];
            else errors.Add("filter.minSeverity", "'minSeverity' must be low, medium or high.");
        }
        return new AlertFilter(actorIds, topics, kinds, severity);
    }

    private static async Task<Pollable<SubscriptionView[]>> ListAsync(HttpContext context, ISubscriptionStore store, CancellationToken cancellationToken) =>
        ApiResults.Pollable((await store.ListAsync(ApiKeyFilter.Owner(context), cancellationToken)).Select(View).ToArray());

    private static async Task<Results<Pollable<SubscriptionView>, ProblemHttpResult>> GetAsync(string id, HttpContext context, ISubscriptionStore store, CancellationToken cancellationToken) =>
        await OwnedAsync(id, context, store, cancellationToken) is { } subscription ? ApiResults.Pollable(View(subscription)) : Missing(id);

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, HttpContext context, ISubscriptionStore store, IGrainFactory grains, AlertFanout fanout, CancellationToken cancellationToken)
    {
        if (await OwnedAsync(id, context, store, cancellationToken) is null) return Missing(id);
        await store.DeleteAsync(id, cancellationToken);
        fanout.Invalidate();
        await grains.GetGrain<ISubscriptionGrain>(id).Stop();
        return TypedResults.NoContent();
    }

    private static async Task<Results<Pollable<IReadOnlyList<Delivery>>, ProblemHttpResult>> DeliveriesAsync(string id, HttpContext context, ISubscriptionStore store, IDeliveryLog deliveries, CancellationToken cancellationToken)
    {
        if (await OwnedAsync(id, context, store, cancellationToken) is null) return Missing(id);
        var query = new QueryParameters(context.Request);
        var limit = query.Limit();
        if (query.Errors.Count > 0) return ApiResults.Invalid(query.Errors);
        return ApiResults.Pollable(await deliveries.ListAsync(id, limit, cancellationToken));
    }

    private static async Task<Results<Accepted, ProblemHttpResult>> RedeliverAsync(string id, string deliveryId, HttpContext context, ISubscriptionStore store, IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (await OwnedAsync(id, context, store, cancellationToken) is null) return Missing(id);
        return await grains.GetGrain<ISubscriptionGrain>(id).Redeliver(deliveryId)
            ? TypedResults.Accepted((string?)null)
            : ApiResults.NotFound($"Subscription '{id}' has no delivery '{deliveryId}'.");
    }

    /// <summary>A key sees only its own subscriptions; another key's look the same as missing ones.</summary>
    private static async Task<Subscription?> OwnedAsync(string id, HttpContext context, ISubscriptionStore store, CancellationToken cancellationToken)
    {
        if (id.Length > 64) return null;
        var subscription = await store.GetAsync(id, cancellationToken);
        return subscription is not null && subscription.Owner == ApiKeyFilter.Owner(context) ? subscription : null;
    }

    private static ProblemHttpResult Missing(string id) => ApiResults.NotFound($"No subscription '{id}'.");

    private static SubscriptionView View(Subscription s) =>
        new(s.Id, s.Url, s.Filter, s.Mode, s.Mode == DeliveryMode.Digest ? s.DigestMinutes : null, s.MuteUntil, s.CreatedAt, s.StartAfter);
}
