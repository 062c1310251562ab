using System.Text.Json;
using System.Text.Json.Serialization;

namespace Monitor.Abstractions;

/// <summary>
/// The one JSON shape Monitor reads and writes — API bodies, replay records, stored rows — so a
/// record looks the same on the wire and on disk: camelCase names, kebab-case enum values,
/// spans as [start, end], nulls omitted.
/// </summary>
public static class MonitorJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Applies Monitor's conventions to options owned by someone else (ASP.NET Core's, for instance).</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = true;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        // Readable quotes and apostrophes in text; JSON is never embedded in HTML unescaped.
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new TextSpanJsonConverter());
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed class TextSpanJsonConverter : JsonConverter<TextSpan>
    {
        public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var values = JsonSerializer.Deserialize<int[]>(ref reader, options);
            if (values is not { Length: 2 } || values[0] < 0 || values[1] < values[0])
                throw new JsonException("span must be [start, end] with 0 <= start <= end");
            return new TextSpan(values[0], values[1]);
        }

        public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(value.Start);
            writer.WriteNumberValue(value.End);
            writer.WriteEndArray();
        }
    }
}
