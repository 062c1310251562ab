using System.CommandLine;
using Monitor.Analysis.Embeddings;
using System.Diagnostics;
using Monitor.Analysis.Evaluation;
using Monitor.Analysis.Inference;
using Monitor.Analysis.Nli;

namespace Monitor.Cli.Commands;

/// <summary>`monitor eval …`: scores Monitor's analysis on public data sets and benchmark corpora given by path (never part of the tests).</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("dir") { Description = "The PolNeAR folder (with data/ and metadata.tsv)" };
        var split = new Option<string>("--split") { Description = "dev or test", DefaultValueFactory = _ => "test" };
        var attribution = new Command("attribution", "Score statement extraction on PolNeAR: source and content spans, P/R/F1") { directory, split };
        attribution.SetAction(parse => Attribution(parse.GetValue(directory)!, parse.GetValue(split)!));
        var sickFile = new Argument<string>("file") { Description = "SICK.txt (the TEST split is scored; TRAIN and TRIAL are never read here)" };
        var sick = new Command("sick", "Score the contradiction engine's relation model on SICK's TEST split") { sickFile };
        sick.SetAction(parse => Sick(parse.GetValue(sickFile)!));

        var fncDirectory = new Argument<string>("dir") { Description = "The FNC-1 folder (competition_test_bodies.csv, competition_test_stances.csv)" };
        var fnc = new Command("fnc", "Score denial detection on FNC-1's test set: disagree against the rest among related pairs") { fncDirectory };
        fnc.SetAction(parse => Fnc(parse.GetValue(fncDirectory)!));

        var trainFile = new Argument<string>("file") { Description = "SICK.txt: TRAIN and TRIAL are learned from, TEST is never read" };
        var trainOutput = new Option<string>("--output") { Description = "Where to write the weights", Required = true };
        var train = new Command("train-sick", "Reproduce the shipped relation-model weights from SICK's TRAIN and TRIAL splits") { trainFile, trainOutput };
        train.SetAction(parse => TrainSick(parse.GetValue(trainFile)!, parse.GetValue(trainOutput)!));

        var stanceDirectory = new Argument<string>("dir") { Description = "The SemEval-2016 Task 6 folder (testdata-taskA-all-annotations.txt is scored)" };
        var stance = new Command("stance", "Score target-aware stance on SemEval-2016 Task 6 Task A's test split: F-avg per target and overall") { stanceDirectory };
        stance.SetAction((parse, cancellationToken) => StanceAsync(parse.GetValue(stanceDirectory)!, cancellationToken));

        var stanceTrainDirectory = new Argument<string>("dir") { Description = "The SemEval-2016 Task 6 folder: the training and trial files are learned from, the test files are never read" };
        var stanceOutput = new Option<string>("--output") { Description = "Where to write the weights", Required = true };
        var crossValidate = new Option<bool>("--cross-validate") { Description = "Also print 5-fold cross-validated F-avg on the training data for each way of sharing weights across targets" };
        var trainStance = new Command("train-stance", "Reproduce the shipped stance-model weights from SemEval-2016 Task 6's training and trial data")
        {
            stanceTrainDirectory, stanceOutput, crossValidate,
        };
        trainStance.SetAction((parse, cancellationToken) => TrainStanceAsync(
            parse.GetValue(stanceTrainDirectory)!, parse.GetValue(stanceOutput)!, parse.GetValue(crossValidate), cancellationToken));

        return new Command("eval", "Evaluate against public data sets and benchmark corpora")
        {
            attribution, sick, fnc, train, stance, trainStance, EvalCorpusCommand.Create(), TrainJudgesCommand.Create(),
        };
    }

    private static int Sick(string file)
    {
        if (!File.Exists(file)) return Missing(file);
        using var embedder = new MiniLmSentenceEmbedder();
        var result = new SickEvaluation(embedder, NliModel.LoadShipped()).Evaluate(file);
        Console.WriteLine($"SICK test: {result.Pairs} pairs, accuracy {result.Accuracy:F3}");
        Console.WriteLine($"contradiction class: {result.Contradiction}");
        Console.WriteLine("Goal: contradiction F1 >= 0.85.");
        return 0;
    }

    private static int Fnc(string directory)
    {
        if (!Directory.Exists(directory)) return Missing(directory);
        using var embedder = new MiniLmSentenceEmbedder();
        var result = new FncEvaluation(embedder, NliModel.LoadShipped()).Evaluate(directory);
        Console.WriteLine(result);
        Console.WriteLine("Anchor: published systems score near F1 0.03-0.2 on the disagree class.");
        return 0;
    }

    private static int TrainSick(string file, string output)
    {
        if (!File.Exists(file)) return Missing(file);
        using var embedder = new MiniLmSentenceEmbedder();
        var model = new NliTrainer(embedder).TrainOnSick(file, output);
        Console.WriteLine($"Wrote {model.FeatureCount} weights to {output} ({model.TrainedOn}).");
        return 0;
    }

    /// <summary>`monitor eval stance DIR`: the shipped model and the rule-based cues on Task A's test tweets.</summary>
    public static async Task<int> StanceAsync(string directory, CancellationToken cancellationToken)
    {
        var testPath = Path.Combine(directory, SemEvalStanceData.TestFile);
        if (!File.Exists(testPath)) return Missing(testPath);
        using var embedder = new MiniLmSentenceEmbedder();
        var model = TargetStanceModel.LoadShipped();
        var result = await new SemEvalStanceEvaluation(embedder, model).EvaluateAsync(directory, cancellationToken);

        var output = Console.Out;
        await output.WriteLineAsync($"SemEval-2016 Task 6 Task A test: {result.Texts} tweets; model trained on {model.TrainedOn}");
        await output.WriteLineAsync($"{"target",-34} {"tweets",6} {"F-favor",8} {"F-against",9} {"F-avg",6}   {"rules F-avg",11}");
        foreach (var target in result.Targets)
            await output.WriteLineAsync($"{target.Target,-34} {target.Texts,6} {Percent(target.Model.Favor.F1),8} {Percent(target.Model.Against.F1),9} {Percent(target.Model.FAverage),6}   {Percent(target.Rules.FAverage),11}");
        // The official measure counts every test tweet together, not the mean of the per-target figures.
        await output.WriteLineAsync($"target-aware model, all tweets: F-favor {Percent(result.Model.Favor.F1)} F-against {Percent(result.Model.Against.F1)} F-avg {Percent(result.Model.FAverage)}");
        await output.WriteLineAsync($"rule-based cues (StanceClassifier), all tweets: F-favor {Percent(result.Rules.Favor.F1)} F-against {Percent(result.Rules.Against.F1)} F-avg {Percent(result.Rules.FAverage)}");
        if (result.Majority is { } majority)
            await output.WriteLineAsync($"majority class per target (from the training file), all tweets: F-avg {Percent(majority.FAverage)}");
        await output.WriteLineAsync("Anchor: best system at SemEval-2016 Task 6 Task A (MITRE), F-avg 67.82.");
        await output.WriteLineAsync("Anchor: majority-class baseline in the task paper, F-avg 65.22.");
        await output.WriteLineAsync(
            $"Speed: {result.FirstPass.TotalMilliseconds / Math.Max(1, result.Texts):F2} ms per tweet embedding included, " +
            $"{result.CachedPass.TotalMilliseconds * 1000 / Math.Max(1, result.Texts):F0} µs per tweet with the embedding cached");
        return 0;
    }

    /// <summary>`monitor eval train-stance DIR --output FILE [--cross-validate]`.</summary>
    public static async Task<int> TrainStanceAsync(string directory, string output, bool crossValidate, CancellationToken cancellationToken)
    {
        var trainingPath = Path.Combine(directory, SemEvalStanceData.TrainingFile);
        if (!File.Exists(trainingPath)) return Missing(trainingPath);
        using var embedder = new MiniLmSentenceEmbedder();
        if (crossValidate)
        {
            // Every way of sharing weights, with the other settings as shipped: the shipped scope is the one that scores best here.
            var examples = await SemEvalStanceData.ReadTrainingAsync(directory, cancellationToken);
            foreach (var scope in Enum.GetValues<TargetScope>())
            {
                var predicted = new TargetStanceTrainer(embedder, new TargetStanceOptions { Scope = scope }).CrossValidate(examples, folds: 5, seed: 2016);
                var scores = StanceScores.Count(examples.Select((e, i) => (e.Stance, predicted[i])).ToArray());
                await Console.Out.WriteLineAsync($"5-fold cross-validation on {examples.Count} training and trial tweets, {scope}: {scores}");
            }
        }
        var clock = Stopwatch.StartNew();
        var model = await new TargetStanceTrainer(embedder).TrainOnSemEvalAsync(directory, output, cancellationToken);
        await Console.Out.WriteLineAsync($"Wrote {model.ParameterCount} weights to {output} ({model.TrainedOn}) in {clock.Elapsed.TotalSeconds:F0} s.");
        return 0;
    }

    private static string Percent(double value) => (value * 100).ToString("F2", System.Globalization.CultureInfo.InvariantCulture);

    private static int Missing(string path)
    {
        Console.Error.WriteLine($"monitor: no such file or folder '{path}'");
        return 2;
    }

    public static int Attribution(string directory, string split)
    {
        if (!Directory.Exists(directory))
        {
            Console.Error.WriteLine($"monitor: no such folder '{directory}'");
            return 2;
        }
        // A folder that is not PolNeAR's (its data/ folder given instead of the root, say) is named, not a stack trace.
        if (!Directory.Exists(Path.Combine(directory, "data", split, "attributions")))
        {
            Console.Error.WriteLine($"monitor: '{directory}' is not a PolNeAR folder: it has no data/{split}/attributions (give the folder that holds data/ and metadata.tsv)");
            return 2;
        }
        var result = PolnearAttributionEvaluation.Evaluate(directory, split);
        Console.WriteLine($"PolNeAR {result.Split}: {result.Articles} articles, {result.GoldAttributions} gold attributions, {result.PredictedAttributions} predicted");
        Console.WriteLine($"{"",-34} {"P",6} {"R",6} {"F1",6}");
        foreach (var (name, score) in new[]
        {
            ("source, exact span", result.SourceExact), ("source, token overlap", result.SourceOverlap),
            ("content, exact span", result.ContentExact), ("content, token overlap", result.ContentOverlap),
            ("content, linked (Jaccard >= 0.5)", result.LinkedContent), ("content and source, linked", result.LinkedContentAndSource),
            ("cue, exact", result.CueExact),
        })
            Console.WriteLine($"{name,-34} {score.Precision * 100,6:F1} {score.Recall * 100,6:F1} {score.F1 * 100,6:F1}");
        Console.WriteLine("Anchors (citron on PARC 3.0, from the data set's SOURCE.md): source F1 82.0, content overlap F1 83.3.");
        return 0;
    }
}
