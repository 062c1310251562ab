using System.Globalization;
using System.Text.Json;

namespace Monitor.Hosting.Ingestion;

/// <summary>Reads typed fields from a JSON object, recording a clear error per bad field instead of failing the whole body.</summary>
internal readonly struct JsonFields(JsonElement element, string path, ValidationErrors errors)
{
    public string Path(string field) => path.Length == 0 ? field : $"{path}.{field}";

    public bool Has(string field) => element.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null;

    public string? String(string field, int maxLength, bool required = false)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required) errors.Add(Path(field), $"'{field}' is required.");
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(Path(field), $"'{field}' must be a string.");
            return null;
        }
        var text = value.GetString()!;
        if (required && string.IsNullOrWhiteSpace(text))
        {
            errors.Add(Path(field), $"'{field}' must not be empty.");
            return null;
        }
        if (text.Length > maxLength)
        {
            errors.Add(Path(field), $"'{field}' is {text.Length} characters; the limit is {maxLength}.");
            return null;
        }
        return text;
    }

    public bool? Bool(string field)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
        errors.Add(Path(field), $"'{field}' must be true or false.");
        return null;
    }

    public DateTimeOffset? Time(string field, bool required = false)
    {
        var text = String(field, 64, required);
        if (text is null) return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
            return time;
        errors.Add(Path(field), $"'{field}' must be an ISO 8601 date and time such as 2024-05-03T08:00:00Z.");
        return null;
    }

    public DateOnly? Date(string field)
    {
        var text = String(field, 32);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors.Add(Path(field), $"'{field}' must be a date such as 2024-05-03.");
        return null;
    }

    public TEnum? Enum<TEnum>(string field) where TEnum : struct, System.Enum
    {
        var text = String(field, 32);
        if (text is null) return null;
        foreach (var candidate in System.Enum.GetValues<TEnum>())
        {
            if (string.Equals(JsonNamingPolicy.KebabCaseLower.ConvertName(candidate.ToString()), text, StringComparison.Ordinal)) return candidate;
        }
        var allowed = string.Join(", ", System.Enum.GetValues<TEnum>().Select(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString())));
        errors.Add(Path(field), $"'{field}' must be one of: {allowed}.");
        return null;
    }

    public IReadOnlyList<JsonElement> Array(string field, int maxItems)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null) return [];
        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add(Path(field), $"'{field}' must be an array.");
            return [];
        }
        if (value.GetArrayLength() > maxItems)
        {
            errors.Add(Path(field), $"'{field}' has {value.GetArrayLength()} items; the limit is {maxItems}.");
            return [];
        }
        return value.EnumerateArray().ToArray();
    }

    public IReadOnlyList<string> Strings(string field, int maxItems, int maxLength)
    {
        var items = Array(field, maxItems);
        var strings = new List<string>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(items[i].GetString()))
                errors.Add($"{Path(field)}[{i}]", "must be a non-empty string.");
            else if (items[i].GetString()!.Length > maxLength)
                errors.Add($"{Path(field)}[{i}]", $"is longer than {maxLength} characters.");
            else
                strings.Add(items[i].GetString()!);
        }
        return strings;
    }

    public JsonElement? Object(string field)
    {
        if (!element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind == JsonValueKind.Object) return value;
        errors.Add(Path(field), $"'{field}' must be an object.");
        return null;
    }
}
