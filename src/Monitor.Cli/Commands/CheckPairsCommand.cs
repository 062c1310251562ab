using System.CommandLine;
using System.Text.Json;
using Monitor.Abstractions;
using Monitor.Analysis.Contradictions;
using Monitor.Analysis.Embeddings;
using Monitor.Hosting.Ingestion;

namespace Monitor.Cli.Commands;

/// <summary>
/// `monitor check-pairs`: for each pair of texts (one JSON object a line), whether the later
/// contradicts the earlier, with kind, score and explanation. Bad lines go to standard error with
/// their number; the exit code is 1 when any line was bad.
/// </summary>
public static class CheckPairsCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "Pairs file, or - for standard input", Required = true };
        var output = new Option<string?>("--output") { Description = "Output file (default: standard output)" };
        var noEmbeddings = new Option<bool>("--no-embeddings") { Description = "Compare by words only (faster start, misses paraphrases)" };
        var actors = new Option<string?>("--actors") { Description = "Replay file whose actor records are the registry (default: the shipped actors), so reports about them are matched" };
        var command = new Command("check-pairs", "Decide for each pair of texts whether the later contradicts the earlier") { input, output, noEmbeddings, actors };
        command.SetAction((parse, token) => RunAsync(parse.GetValue(input)!, parse.GetValue(output), !parse.GetValue(noEmbeddings), token, parse.GetValue(actors)));
        return command;
    }

    public static async Task<int> RunAsync(string input, string? output, bool embeddings, CancellationToken cancellationToken, string? actorsFile = null)
    {
        if (input != "-" && !File.Exists(input))
        {
            await Console.Error.WriteLineAsync($"monitor: no such file '{input}'");
            return 2;
        }
        IReadOnlyList<ActorDefinition>? registry = null;
        if (actorsFile is not null)
        {
            if (!File.Exists(actorsFile))
            {
                await Console.Error.WriteLineAsync($"monitor: no such file '{actorsFile}'");
                return 2;
            }
            using var actorReader = new StreamReader(actorsFile);
            var found = new List<ActorDefinition>();
            await foreach (var record in ReplayReader.ReadAsync(actorReader, cancellationToken))
                if (record is ActorReplayRecord actor) found.Add(actor.Actor);
            registry = found;
        }
        using var reader = input == "-" ? new StreamReader(Console.OpenStandardInput()) : new StreamReader(input);
        await using var writer = output is null ? new StreamWriter(Console.OpenStandardOutput()) : new StreamWriter(output, append: false);
        using var embedder = embeddings ? new MiniLmSentenceEmbedder() : null;
        var checker = new PairChecker(embedder, registry);

        var bad = 0;
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            PairLine? pair = null;
            string? error = null;
            try
            {
                pair = JsonSerializer.Deserialize<PairLine>(line, MonitorJson.Options);
            }
            catch (JsonException exception)
            {
                error = $"not valid JSON: {exception.Message}";
            }
            if (error is null && (pair?.Earlier?.Text is not { Length: > 0 } || pair.Later?.Text is not { Length: > 0 }))
                error = "a pair needs earlier.text and later.text";
            if (error is not null)
            {
                bad++;
                await Console.Error.WriteLineAsync($"line {number}: {error}");
                continue;
            }
            var verdict = checker.Check(pair!.Earlier!, pair.Later!);
            await writer.WriteLineAsync(JsonSerializer.Serialize(new
            {
                id = pair.Id ?? number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                contradiction = verdict.Contradiction,
                kind = verdict.Kind,
                score = Math.Round(verdict.Score, 3),
                explanation = verdict.Explanation,
            }, MonitorJson.Options));
        }
        await writer.FlushAsync(cancellationToken);
        return bad == 0 ? 0 : 1;
    }

    private sealed record PairLine(string? Id, PairInput? Earlier, PairInput? Later);
}
