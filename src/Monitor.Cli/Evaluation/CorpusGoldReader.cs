using System.Text.Json;

namespace Monitor.Cli.Evaluation;

/// <summary>Reads an evaluation corpus's gold.json and the tracked actors of its corpus.jsonl.</summary>
public static class CorpusGoldReader
{
    /// <summary>Reads gold.json; throws <see cref="InvalidDataException"/> naming the entry that is not as expected.</summary>
    public static async Task<CorpusGold> ReadAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"not valid JSON: {exception.Message}", exception);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new InvalidDataException("expected a JSON object");
            return new CorpusGold(
                StatementMap(Required(root, "statements"), "statements"),
                root.TryGetProperty("optional", out var optional) ? StatementMap(optional, "optional") : new OrderedDictionary<string, IReadOnlyList<GoldStatement>>(),
                Entries(Required(root, "must_fire"), "must_fire", 4, s => new MustFirePair(s[0], s[1], s[2], s[3])),
                root.TryGetProperty("ambiguous", out var ambiguous) ? Entries(ambiguous, "ambiguous", 2, s => new DocumentPair(s[0], s[1])) : [],
                root.TryGetProperty("traps", out var traps) ? Entries(traps, "traps", 3, s => new TrapPair(s[0], s[1], s[2])) : []);
        }
    }

    /// <summary>
    /// The ids of the corpus's actor records: only statements by these actors are scored. Lines that
    /// are not JSON objects are skipped here; the replay reports them.
    /// </summary>
    public static async Task<IReadOnlySet<string>> ReadTrackedActorsAsync(string corpusPath, CancellationToken cancellationToken)
    {
        var tracked = new HashSet<string>(StringComparer.Ordinal);
        using var reader = new StreamReader(corpusPath);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Object
                    && root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "actor"
                    && root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                    tracked.Add(id.GetString()!);
            }
            catch (JsonException)
            {
            }
        }
        return tracked;
    }

    private static JsonElement Required(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value : throw new InvalidDataException($"'{name}' is missing");

    private static OrderedDictionary<string, IReadOnlyList<GoldStatement>> StatementMap(JsonElement map, string name)
    {
        if (map.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"'{name}' must map each document to a list of [actor, key phrase]");
        // A repeated document key replaces the earlier list but keeps its place, as a JSON reader that builds a dictionary does.
        var result = new OrderedDictionary<string, IReadOnlyList<GoldStatement>>(StringComparer.Ordinal);
        foreach (var document in map.EnumerateObject())
            result[document.Name] = Entries(document.Value, $"{name}.{document.Name}", 2, s => new GoldStatement(s[0], s[1]));
        return result;
    }

    private static List<T> Entries<T>(JsonElement list, string name, int width, Func<string[], T> create)
    {
        if (list.ValueKind != JsonValueKind.Array) throw new InvalidDataException($"'{name}' must be a list");
        var result = new List<T>();
        var index = 0;
        foreach (var entry in list.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Array || entry.GetArrayLength() != width || entry.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String))
                throw new InvalidDataException($"{name}[{index}]: expected a list of {width} strings");
            result.Add(create(entry.EnumerateArray().Select(x => x.GetString()!).ToArray()));
            index++;
        }
        return result;
    }
}
