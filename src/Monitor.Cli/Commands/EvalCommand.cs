using System.CommandLine;
using Monitor.Analysis.Embeddings;
using Monitor.Analysis.Evaluation;
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

        return new Command("eval", "Evaluate against public data sets and benchmark corpora") { attribution, sick, fnc, train, EvalCorpusCommand.Create() };
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

    private static int Missing(string path)
    {
        Console.Error.WriteLine($"monitor: no such file or folder '{path}'");
        return 2;
    }

    private static int Attribution(string directory, string split)
    {
        if (!Directory.Exists(directory))
        {
            Console.Error.WriteLine($"monitor: no such folder '{directory}'");
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
