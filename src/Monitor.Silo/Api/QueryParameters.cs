using Microsoft.OpenApi;
using Monitor.Abstractions;
using Monitor.Abstractions.Storage;

namespace Monitor.Silo.Api;

/// <summary>Checks the query parameters list endpoints share, collecting one error per bad parameter.</summary>
public sealed class QueryParameters(HttpRequest request)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1_000;

    /// <summary>The parameters as the OpenAPI document describes them (<see cref="OpenApiDescription.WithQuery"/>).</summary>
    public static readonly QueryParameter SinceParameter = new("since", "Only what comes after this sequence (the last one you have; `next` of the previous page)", JsonSchemaType.Integer, Minimum: 0);

    public static readonly QueryParameter LimitParameter = new("limit", $"At most this many (default {DefaultLimit})", JsonSchemaType.Integer, Minimum: 1, Maximum: MaxLimit);

    public static QueryParameter IdParameter(string name, string description) => new(name, description, JsonSchemaType.String, Pattern: "^[a-z0-9-]{1,64}$");

    public static QueryParameter OneOfParameter(string name, string description, IEnumerable<string> values) => new(name, description, JsonSchemaType.String, Values: [.. values.Order(StringComparer.Ordinal)]);

    public static QueryParameter EnumParameter<TEnum>(string name, string description) where TEnum : struct, System.Enum =>
        OneOfParameter(name, description, System.Enum.GetValues<TEnum>().Select(v => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString())));

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The alert list's filters (GET /api/alerts and its export), each problem named; <paramref name="pageSize"/> in place of ?limit= when given.</summary>
    public AlertQuery AlertFilter(int? pageSize = null) => new(
        Since: Since(),
        Limit: pageSize ?? Limit(),
        Actor: Id("actor"),
        Topic: Id("topic"),
        Kind: OneOf("kind", AlertKinds.All),
        Status: Enum<AlertStatus>("status"),
        MinSeverity: Enum<AlertSeverity>("severity"));

    public long Since()
    {
        var text = request.Query["since"].ToString();
        if (text.Length == 0) return 0;
        if (long.TryParse(text, out var since) && since >= 0) return since;
        Errors["since"] = ["'since' must be a whole number ≥ 0 (the last sequence you have)."];
        return 0;
    }

    public int Limit()
    {
        var text = request.Query["limit"].ToString();
        if (text.Length == 0) return DefaultLimit;
        if (int.TryParse(text, out var limit) && limit is >= 1 and <= MaxLimit) return limit;
        Errors["limit"] = [$"'limit' must be between 1 and {MaxLimit}."];
        return DefaultLimit;
    }

    public string? Id(string name)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0) return null;
        if (Identifiers.IsValidActorId(text)) return text;
        Errors[name] = [$"'{name}' must match [a-z0-9-]{{1,64}}."];
        return null;
    }

    public string? OneOf(string name, IReadOnlySet<string> allowed)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0) return null;
        if (allowed.Contains(text)) return text;
        Errors[name] = [$"'{name}' must be one of: {string.Join(", ", allowed.Order(StringComparer.Ordinal))}."];
        return null;
    }

    public TEnum? Enum<TEnum>(string name) where TEnum : struct, System.Enum
    {
        var allowed = System.Enum.GetValues<TEnum>().ToDictionary(v => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()), v => v, StringComparer.Ordinal);
        var text = OneOf(name, allowed.Keys.ToHashSet(StringComparer.Ordinal));
        return text is null ? null : allowed[text];
    }
}

/// <summary>One query parameter as the OpenAPI document describes it.</summary>
public sealed record QueryParameter(string Name, string Description, JsonSchemaType Type, long? Minimum = null, long? Maximum = null, string? Pattern = null, IReadOnlyList<string>? Values = null);
