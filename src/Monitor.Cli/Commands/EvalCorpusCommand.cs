using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Analysis.Contradictions;
using Monitor.Analysis.Embeddings;
using Monitor.Cli.Evaluation;
using Monitor.Grains;

namespace Monitor.Cli.Commands;

/// <summary>What `monitor eval corpus` was asked: the corpus folder, whether to list each miss, where to keep the replay output, and the minimums to meet.</summary>
public sealed record EvalCorpusRequest(
    string Directory,
    bool Verbose = false,
    string? Output = null,
    double? MinF1Statements = null,
    double? MinPrecisionAlerts = null,
    double? MinRecallAlerts = null);

/// <summary>
/// `monitor eval corpus DIR`: replays DIR/corpus.jsonl exactly as `monitor replay` does and scores
/// the output against DIR/gold.json by the benchmark's own rules, printing what its score.py prints,
/// then how many must-fire pairs of each kind were found, then retrieval: for how many must-fire pairs
/// the watchers had the earlier document among the later one's candidates at all. The exit code is 1 when a given
/// minimum is not met, 2 when the folder is not a corpus.
/// </summary>
public static class EvalCorpusCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("dir") { Description = "The corpus folder (corpus.jsonl and gold.json)" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also list each false and missed statement and alert" };
        var output = new Option<string?>("--output") { Description = "Also write the replay output (JSON lines) to this file" };
        var minF1 = new Option<double?>("--min-f1-statements") { Description = "Exit 1 when the statements' F1 is below this" };
        var minPrecision = new Option<double?>("--min-precision-alerts") { Description = "Exit 1 when the alerts' precision is below this" };
        var minRecall = new Option<double?>("--min-recall-alerts") { Description = "Exit 1 when the alerts' recall is below this" };
        var command = new Command("corpus", "Replay a corpus and score its statements and alerts against its gold.json")
        {
            directory, verbose, output, minF1, minPrecision, minRecall,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new EvalCorpusRequest(parse.GetValue(directory)!, parse.GetValue(verbose), parse.GetValue(output),
                parse.GetValue(minF1), parse.GetValue(minPrecision), parse.GetValue(minRecall)),
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(EvalCorpusRequest request, CancellationToken cancellationToken)
    {
        var corpusPath = Path.Combine(request.Directory, "corpus.jsonl");
        var goldPath = Path.Combine(request.Directory, "gold.json");
        foreach (var path in new[] { corpusPath, goldPath })
        {
            if (File.Exists(path)) continue;
            await Console.Error.WriteLineAsync($"monitor: no such file '{path}'");
            return 2;
        }
        CorpusGold gold;
        try
        {
            gold = await CorpusGoldReader.ReadAsync(goldPath, cancellationToken);
        }
        catch (InvalidDataException exception)
        {
            await Console.Error.WriteLineAsync($"monitor: {goldPath}: {exception.Message}");
            return 2;
        }
        var tracked = await CorpusGoldReader.ReadTrackedActorsAsync(corpusPath, cancellationToken);

        // The replay output is kept in memory: it is scored, and written out only when asked for.
        using var replayed = new StringWriter();
        var retrieval = new RetrievalRecorder();
        var closeCalls = new ClosestCallRecorder();
        using (var reader = new StreamReader(corpusPath))
            await ReplayCommand.ReplayAsync(reader, replayed, data: null, cancellationToken, services =>
            {
                services.AddSingleton<ICandidateObserver>(retrieval);
                services.AddSingleton<ICandidateObserver>(closeCalls);
            });
        var output = replayed.ToString();
        if (request.Output is not null) await File.WriteAllTextAsync(request.Output, output, cancellationToken);

        var score = new CorpusScorer(gold, tracked).Score(Lines(output));
        if (request.Verbose)
            foreach (var line in score.Details) await Console.Out.WriteLineAsync(line);
        await Console.Out.WriteLineAsync(score.Summary);
        foreach (var kind in score.Kinds) await Console.Out.WriteLineAsync(kind.ToString());
        var retrieved = retrieval.Score(gold.MustFire);
        if (request.Verbose)
            foreach (var line in retrieved.Details) await Console.Out.WriteLineAsync(line);
        await Console.Out.WriteLineAsync(retrieved.ToString());
        if (request.Verbose && score.MissedAlerts.Count > 0)
            foreach (var line in await ExplainMissesAsync(corpusPath, gold, score, closeCalls, cancellationToken))
                await Console.Out.WriteLineAsync(line);
        await Console.Out.FlushAsync(cancellationToken);
        return score.Meets(request.MinF1Statements, request.MinPrecisionAlerts, request.MinRecallAlerts) ? 0 : 1;
    }

    // Judges again, outside the silo, the statement pairs the watchers compared for each missed must-fire pair,
    // with the corpus's actors and the service's default options, to say how close the nearest came.
    private static async Task<IReadOnlyList<string>> ExplainMissesAsync(string corpusPath, CorpusGold gold, CorpusScore score,
        ClosestCallRecorder closeCalls, CancellationToken cancellationToken)
    {
        var registry = await CorpusActors.ReadAsync(corpusPath, cancellationToken);
        using var embedder = new MiniLmSentenceEmbedder();
        var analyzer = new StatementAnalyzer(embedder, new ActorMentions(registry));
        var decider = new PairDecider(new ContradictionOptions { Embedder = embedder, Actors = registry });
        var missed = score.MissedAlerts.ToHashSet();
        return closeCalls.Explain(gold.MustFire.Where(p => missed.Contains((p.Earlier, p.Later))), analyzer, decider).ToList();
    }

    private static IEnumerable<string> Lines(string text)
    {
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line) yield return line;
    }
}
