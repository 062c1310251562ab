using System.Text.Json;
using Monitor.Abstractions;

namespace Monitor.Hosting.Ingestion;

/// <summary>
/// Reads the records of INTERFACES.md (statement, actor, topic) from JSON, checking every field and
/// naming the ones that are wrong. Fields left out stay null here; <see cref="StatementNormalizer"/>
/// infers them.
/// </summary>
public static class RecordParser
{
    public static StatementDraft? ParseStatement(JsonElement element, string path, ValidationErrors errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path.Length == 0 ? "$" : path, "A statement must be a JSON object.");
            return null;
        }
        var before = errors.Count;
        var fields = new JsonFields(element, path, errors);
        var id = fields.String("id", Identifiers.MaxStatementIdLength);
        if (id is not null && !Identifiers.IsValidStatementId(id))
            errors.Add(fields.Path("id"), "'id' must be 1 to 128 printable characters without spaces.");
        var actor = fields.String("actor", Identifiers.MaxActorIdLength, required: true);
        if (actor is not null && !Identifiers.IsValidActorId(actor))
            errors.Add(fields.Path("actor"), "'actor' must match [a-z0-9-]{1,64}.");
        var topic = fields.String("topic", Identifiers.MaxActorIdLength);
        if (topic is not null && !Identifiers.IsValidTopicId(topic))
            errors.Add(fields.Path("topic"), "'topic' must match [a-z0-9-]{1,64}.");
        var text = fields.String("text", InputLimits.MaxTextLength, required: true);
        var saidAt = fields.Time("saidAt", required: true);
        var speaker = fields.String("speaker", InputLimits.MaxSpeakerLength);
        var documentId = fields.String("documentId", Identifiers.MaxStatementIdLength);
        var stance = fields.Enum<Stance>("stance");
        var mode = fields.Enum<StatementMode>("mode");
        var direct = fields.Bool("direct");
        var example = fields.Bool("example") ?? false;
        var span = ParseSpan(element, fields, errors);

        var sources = new List<SourceRef>();
        if (fields.Object("source") is { } source)
        {
            var sourceFields = new JsonFields(source, fields.Path("source"), errors);
            var parsed = ParseSource(sourceFields, errors);
            if (parsed is not null) sources.Add(parsed);
            documentId ??= sourceFields.String("documentId", Identifiers.MaxStatementIdLength);
        }
        var listed = fields.Array("sources", InputLimits.MaxSourcesPerStatement);
        for (var i = 0; i < listed.Count; i++)
        {
            var itemPath = $"{fields.Path("sources")}[{i}]";
            if (listed[i].ValueKind != JsonValueKind.Object) { errors.Add(itemPath, "A source must be an object with a name."); continue; }
            if (ParseSource(new JsonFields(listed[i], itemPath, errors), errors) is { } parsed) sources.Add(parsed);
        }

        if (errors.Count != before) return null;
        return new StatementDraft(id, actor!, speaker, text!, saidAt!.Value, topic, stance, mode, direct, documentId, span,
            sources.DistinctBy(s => (s.Name, s.Url)).ToArray(), example);
    }

    public static ActorDefinition? ParseActor(JsonElement element, string path, ValidationErrors errors, string? idFromRoute = null)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path.Length == 0 ? "$" : path, "An actor must be a JSON object.");
            return null;
        }
        var before = errors.Count;
        var fields = new JsonFields(element, path, errors);
        var id = fields.String("id", Identifiers.MaxActorIdLength, required: idFromRoute is null) ?? idFromRoute;
        if (id is not null && !Identifiers.IsValidActorId(id))
            errors.Add(fields.Path("id"), "'id' must match [a-z0-9-]{1,64}.");
        if (idFromRoute is not null && id != idFromRoute)
            errors.Add(fields.Path("id"), $"'id' is '{id}' but the address names '{idFromRoute}'.");
        var name = fields.String("name", InputLimits.MaxNameLength);
        var aliases = fields.Strings("aliases", InputLimits.MaxAliases, InputLimits.MaxNameLength);
        var speakers = new List<SpeakerDefinition>();
        var listed = fields.Array("speakers", InputLimits.MaxSpeakers);
        for (var i = 0; i < listed.Count; i++)
        {
            var itemPath = $"{fields.Path("speakers")}[{i}]";
            if (listed[i].ValueKind != JsonValueKind.Object) { errors.Add(itemPath, "A speaker must be an object with a name."); continue; }
            var speaker = new JsonFields(listed[i], itemPath, errors);
            var speakerName = speaker.String("name", InputLimits.MaxNameLength, required: true);
            var role = speaker.String("role", InputLimits.MaxNameLength);
            var from = speaker.Date("from");
            var to = speaker.Date("to");
            if (from is not null && to is not null && to < from) errors.Add(speaker.Path("to"), "'to' is before 'from'.");
            if (speakerName is not null) speakers.Add(new SpeakerDefinition(speakerName, role, from, to));
        }
        if (errors.Count != before) return null;
        return new ActorDefinition(id!, name ?? id!, aliases, speakers);
    }

    public static TopicDefinition? ParseTopic(JsonElement element, string path, ValidationErrors errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path.Length == 0 ? "$" : path, "A topic must be a JSON object.");
            return null;
        }
        var before = errors.Count;
        var fields = new JsonFields(element, path, errors);
        var id = fields.String("id", Identifiers.MaxActorIdLength, required: true);
        if (id is not null && !Identifiers.IsValidTopicId(id))
            errors.Add(fields.Path("id"), "'id' must match [a-z0-9-]{1,64}.");
        var name = fields.String("name", InputLimits.MaxNameLength);
        var cues = fields.Strings("cues", InputLimits.MaxCues, InputLimits.MaxNameLength);
        if (errors.Count != before) return null;
        return new TopicDefinition(id!, name ?? id!, cues);
    }

    private static SourceRef? ParseSource(JsonFields fields, ValidationErrors errors)
    {
        var name = fields.String("name", InputLimits.MaxNameLength, required: true);
        var url = fields.String("url", InputLimits.MaxUrlLength);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            errors.Add(fields.Path("url"), "'url' must be an absolute http or https address.");
            return null;
        }
        return name is null ? null : new SourceRef(name, url);
    }

    private static TextSpan? ParseSpan(JsonElement element, JsonFields fields, ValidationErrors errors)
    {
        if (!element.TryGetProperty("span", out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 2
            && value[0].TryGetInt32(out var start) && value[1].TryGetInt32(out var end) && start >= 0 && end >= start)
            return new TextSpan(start, end);
        errors.Add(fields.Path("span"), "'span' must be [start, end] with 0 <= start <= end.");
        return null;
    }
}

/// <summary>A statement as given, before inference fills what was left out.</summary>
public sealed record StatementDraft(
    string? Id,
    string Actor,
    string? Speaker,
    string Text,
    DateTimeOffset SaidAt,
    string? Topic,
    Stance? Stance,
    StatementMode? Mode,
    bool? Direct,
    string? DocumentId,
    TextSpan? Span,
    IReadOnlyList<SourceRef> Sources,
    bool Example = false);
