using System.Text.Json;
using Monitor.Abstractions;

namespace Monitor.Hosting.Ingestion;

/// <summary>One line of a replay file, parsed (INTERFACES.md, "Replay records").</summary>
public abstract record ReplayRecord(int Line);

public sealed record ActorReplayRecord(int Line, ActorDefinition Actor) : ReplayRecord(Line);

public sealed record TopicReplayRecord(int Line, TopicDefinition Topic) : ReplayRecord(Line);

public sealed record StatementReplayRecord(int Line, StatementDraft Statement) : ReplayRecord(Line);

public sealed record DocumentReplayRecord(int Line, DocumentDraft Document) : ReplayRecord(Line);

public sealed record BadReplayRecord(int Line, string Error) : ReplayRecord(Line);

/// <summary>Reads replay records one line at a time; a bad line becomes a <see cref="BadReplayRecord"/> naming what is wrong.</summary>
public static class ReplayReader
{
    public const int MaxLineLength = 1_100_000;

    public static async IAsyncEnumerable<ReplayRecord> ReadAsync(TextReader reader, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return Parse(number, line);
        }
    }

    public static ReplayRecord Parse(int line, string text)
    {
        if (text.Length > MaxLineLength) return new BadReplayRecord(line, $"the line is {text.Length} characters; the limit is {MaxLineLength}");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException exception)
        {
            return new BadReplayRecord(line, $"not valid JSON: {exception.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
                return new BadReplayRecord(line, "a record must be a JSON object with a string 'type'");
            var errors = new ValidationErrors();
            ReplayRecord? record = type.GetString() switch
            {
                "actor" => RecordParser.ParseActor(root, "", errors) is { } actor ? new ActorReplayRecord(line, actor) : null,
                "topic" => RecordParser.ParseTopic(root, "", errors) is { } topic ? new TopicReplayRecord(line, topic) : null,
                "statement" => RecordParser.ParseStatement(root, "", errors) is { } statement ? new StatementReplayRecord(line, statement) : null,
                "document" => DocumentIngestion.Parse(root, "", errors) is { } draft
                    ? DocumentIngestion.Check(draft) is { } refused ? new BadReplayRecord(line, refused.Reason) : new DocumentReplayRecord(line, draft)
                    : null,
                var other => new BadReplayRecord(line, $"unknown record type '{other}' (expected actor, topic, statement or document)"),
            };
            return record ?? new BadReplayRecord(line, errors.ToString());
        }
    }
}
