using System.Text.Json;
using System.Text.Json.Serialization;
using Monitor.Analysis.Contradictions;

namespace Monitor.Analysis.Evaluation;

/// <summary>
/// A hand-labelled pair in the <c>check-pairs</c> input format plus the gold answer:
/// <c>{"id":…,"earlier":{"text":…,"actor":…,"saidAt":…,"source":…},"later":{…},"contradiction":true,"kind":"negated-claim","note":…}</c>.
/// </summary>
public sealed record LabelledPair(string Id, PairInput Earlier, PairInput Later, bool Contradiction, string? Kind, string? Note)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { NumberHandling = JsonNumberHandling.Strict };

    public static IReadOnlyList<LabelledPair> ReadJsonLines(string path) =>
        File.ReadLines(path)
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonSerializer.Deserialize<LabelledPair>(line, Json) ?? throw new InvalidDataException($"Empty pair line in {path}."))
            .ToArray();
}
