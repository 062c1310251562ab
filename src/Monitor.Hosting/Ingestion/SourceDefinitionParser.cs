using System.Text.Json;
using Monitor.Abstractions;
using Monitor.Grains.Net;
using Monitor.Grains.Sources;

namespace Monitor.Hosting.Ingestion;

/// <summary>Reads and checks a source's definition, from an API body or from configuration, naming each wrong field.</summary>
public static class SourceDefinitionParser
{
    public static SourceDefinition? Parse(JsonElement element, string id, SourceOptions options, ValidationErrors errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add("$", "A source must be a JSON object.");
            return null;
        }
        var fields = new JsonFields(element, "", errors);
        var bodyId = fields.String("id", Identifiers.MaxActorIdLength);
        if (bodyId is not null && bodyId != id) errors.Add("id", $"'id' is '{bodyId}' but the address names '{id}'.");
        var name = fields.String("name", InputLimits.MaxNameLength, required: true);
        var url = fields.String("url", InputLimits.MaxUrlLength, required: true);
        TimeSpan interval = TimeSpan.FromMinutes(15);
        if (fields.String("interval", 32) is { } intervalText && !TimeSpan.TryParse(intervalText, System.Globalization.CultureInfo.InvariantCulture, out interval))
            errors.Add("interval", "'interval' must be a time span such as 00:05:00.");
        var fetchArticles = fields.Bool("fetchArticles") ?? false;
        if (name is null || url is null || errors.Count > 0) return null;
        var definition = new SourceDefinition(id, name.Trim(), url.Trim(), interval, fetchArticles);
        Check(definition, options, errors);
        return errors.Count > 0 ? null : definition;
    }

    /// <summary>The checks that need no network: id, address form, interval bounds.</summary>
    public static void Check(SourceDefinition definition, SourceOptions options, ValidationErrors errors)
    {
        if (!Identifiers.IsValidActorId(definition.Id)) errors.Add("id", $"Source id '{definition.Id}' must match [a-z0-9-]{{1,64}}.");
        if (string.IsNullOrWhiteSpace(definition.Name)) errors.Add("name", "'name' must not be empty.");
        if (!Uri.TryCreate(definition.Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            errors.Add("url", "'url' must be an absolute http or https address.");
        else if (!string.IsNullOrEmpty(uri.UserInfo))
            errors.Add("url", "'url' must not carry credentials.");
        if (definition.Interval < options.MinInterval || definition.Interval > options.MaxInterval)
            errors.Add("interval", $"'interval' is {definition.Interval}; it must be from {options.MinInterval} to {options.MaxInterval}.");
    }

    /// <summary>The address check: a feed whose host resolves inside the network is refused unless allow-listed.</summary>
    public static async Task CheckAddressAsync(SourceDefinition definition, AddressGuard guard, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (errors.Count == 0 && await guard.CheckAsync(definition.Url, cancellationToken) is { } refused) errors.Add("url", refused);
    }
}
