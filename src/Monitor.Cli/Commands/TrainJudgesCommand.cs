using System.CommandLine;
using System.Globalization;
using Monitor.Analysis.Contradictions;
using Monitor.Analysis.Embeddings;
using Monitor.Analysis.Evaluation;
using Monitor.Cli.Evaluation;

namespace Monitor.Cli.Commands;

/// <summary>
/// `monitor eval train-judges`: learns the judges' weights from labelled pairs — the findings the judges make on
/// corpora of real events (labelled by each corpus's gold) and on files of hand-labelled pairs — drawn towards the
/// hand-set weights, with the prior's strength chosen by leave-one-group-out cross-validation. Prints the held-out
/// figures per scorer, learned beside hand-set, and writes the weights; given the same examples it writes the same bytes.
/// </summary>
public static class TrainJudgesCommand
{
    /// <summary>Prior strengths tried; on a tie the strongest wins, keeping closest to the hand-set weights.</summary>
    private static readonly double[] PriorStrengths = [0.5, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512];

    /// <summary>How many missed alerts one false alert is worth, tried in turn; on a tie the cheapest wins.</summary>
    private static readonly double[] FalseAlertCosts = [1, 1.5, 2, 3, 4, 6, 8];

    /// <summary>The alert precision the engine is held to (the issue's target); among the settings that reach it held out, the best recall wins.</summary>
    public const double PrecisionFloor = 0.9;

    public static Command Create()
    {
        var corpora = new Option<string[]>("--corpus") { Description = "A corpus folder (corpus.jsonl and gold.json) to learn from; repeatable", AllowMultipleArgumentsPerToken = true };
        var pairs = new Option<string[]>("--pairs") { Description = "A JSON-lines file of hand-labelled pairs to learn from; repeatable", AllowMultipleArgumentsPerToken = true };
        var examples = new Option<string?>("--examples") { Description = "Write the findings gathered (the training examples) to this file" };
        var fromExamples = new Option<string?>("--from-examples") { Description = "Learn from this examples file instead of gathering findings" };
        var output = new Option<string>("--output") { Description = "Where to write the weights", Required = true };
        var command = new Command("train-judges", "Learn the judges' weights from labelled pairs, with leave-one-group-out cross-validation")
        {
            corpora, pairs, examples, fromExamples, output,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(corpora) ?? [], parse.GetValue(pairs) ?? [],
            parse.GetValue(examples), parse.GetValue(fromExamples), parse.GetValue(output)!, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> corpora, IReadOnlyList<string> pairFiles, string? examplesPath,
        string? fromExamples, string output, CancellationToken cancellationToken)
    {
        string examplesText;
        if (fromExamples is not null)
        {
            if (corpora.Count > 0 || pairFiles.Count > 0)
            {
                await Console.Error.WriteLineAsync("monitor: give either --from-examples or --corpus/--pairs, not both");
                return 2;
            }
            if (!File.Exists(fromExamples))
            {
                await Console.Error.WriteLineAsync($"monitor: no such file '{fromExamples}'");
                return 2;
            }
            examplesText = await File.ReadAllTextAsync(fromExamples, cancellationToken);
        }
        else
        {
            if (corpora.Count == 0 && pairFiles.Count == 0)
            {
                await Console.Error.WriteLineAsync("monitor: give at least one --corpus or --pairs, or --from-examples");
                return 2;
            }
            foreach (var missing in corpora.Where(c => !File.Exists(Path.Combine(c, "corpus.jsonl")) || !File.Exists(Path.Combine(c, "gold.json")))
                         .Concat(pairFiles.Where(p => !File.Exists(p))))
            {
                await Console.Error.WriteLineAsync($"monitor: '{missing}' is not a corpus folder or a pairs file");
                return 2;
            }
            using var embedder = new MiniLmSentenceEmbedder();
            var collector = new JudgeExampleCollector(embedder);
            var gathered = new List<JudgeExample>();
            foreach (var corpus in corpora)
            {
                var found = await collector.FromCorpusAsync(corpus, cancellationToken);
                await Console.Out.WriteLineAsync($"{corpus}: {found.Count} findings, {found.Count(e => e.Contradiction)} on flagged pairs");
                gathered.AddRange(found);
            }
            foreach (var file in pairFiles)
            {
                var found = collector.FromLabelledPairs(file);
                await Console.Out.WriteLineAsync($"{file}: {found.Count} findings, {found.Count(e => e.Contradiction)} on contradictions");
                gathered.AddRange(found);
            }
            examplesText = JudgeExampleFile.Write(gathered);
            if (examplesPath is not null) await File.WriteAllTextAsync(examplesPath, examplesText, cancellationToken);
        }

        // Training always reads the examples back from their written form, so learning from a file gives the same weights.
        IReadOnlyList<JudgeExample> examples;
        try
        {
            examples = JudgeExampleFile.Read(examplesText);
        }
        catch (InvalidDataException exception)
        {
            await Console.Error.WriteLineAsync($"monitor: {exception.Message}");
            return 2;
        }
        var weights = Train(examples, out var chosen);
        await Console.Out.WriteLineAsync(Report(chosen));
        await File.WriteAllTextAsync(output, weights.ToJson(), cancellationToken);
        await Console.Out.WriteLineAsync($"Wrote the judges' weights to {output} ({weights.Note}).");
        return 0;
    }

    /// <summary>
    /// Chooses the prior strength and false-alert cost whose held-out alerts reach the precision floor (see
    /// <see cref="PrecisionFloor"/>) with the best recall (the most precise, where none reaches it), then fits on every
    /// example with them.
    /// </summary>
    public static JudgeWeights Train(IReadOnlyList<JudgeExample> examples, out JudgeCrossValidationResult chosen)
    {
        var thresholds = new ContradictionOptions();
        JudgeCrossValidationResult? best = null;
        foreach (var cost in FalseAlertCosts)
            foreach (var strength in PriorStrengths)
            {
                var result = JudgeCrossValidation.Run(JudgeWeights.HandSet, examples, strength, cost, JudgeWeightTrainer.Untrained, thresholds.ThresholdOf);
                if (best is null || Better(result.Learned, best.Learned, PrecisionFloor)) best = result;
            }
        chosen = best!;
        var groups = examples.Select(e => e.Group).Distinct().Order(StringComparer.Ordinal).ToArray();
        var note = string.Create(CultureInfo.InvariantCulture,
            $"Learned by `monitor eval train-judges` from {examples.Count} findings ({examples.Count(e => e.Contradiction)} on flagged pairs) in {groups.Length} groups ({string.Join(", ", groups)}), drawn towards the hand-set weights with prior strength {chosen.PriorStrength} and a false alert costing {chosen.FalseAlertCost} missed ones, both chosen by leave-one-group-out cross-validation.");
        return JudgeWeightTrainer.Fit(JudgeWeights.HandSet, examples, chosen.PriorStrength, chosen.FalseAlertCost, JudgeWeightTrainer.Untrained, note);
    }

    // Reaching the floor beats missing it; then recall decides among those that reach it, precision among those that do not.
    // Equal figures keep the earlier setting.
    private static bool Better(AlertCrossValidation candidate, AlertCrossValidation best, double floor)
    {
        var reaches = candidate.Precision >= floor;
        if (reaches != best.Precision >= floor) return reaches;
        return reaches
            ? candidate.Recall > best.Recall || candidate.Recall == best.Recall && candidate.Precision > best.Precision
            : candidate.Precision > best.Precision;
    }

    public static string Report(JudgeCrossValidationResult result)
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Leave-one-group-out, prior strength {result.PriorStrength}, a false alert costing {result.FalseAlertCost} missed ones:"),
            $"  alerts, learned:  {result.Learned}",
            $"  alerts, hand-set: {result.HandSet}",
        };
        foreach (var scorer in result.Scorers)
            lines.Add($"  {scorer.Scorer,-22} {scorer.Findings,5} findings, {scorer.OnFlaggedPairs,4} on flagged pairs; learned {scorer.Learned}; hand-set {scorer.HandSet}");
        return string.Join('\n', lines);
    }
}
