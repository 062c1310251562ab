using System.CommandLine;
using Monitor.Analysis.Evaluation;

namespace Monitor.Cli.Commands;

/// <summary>`monitor eval …`: scores Monitor's analysis on public data sets given by path (never part of the tests).</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var directory = new Argument<string>("dir") { Description = "The PolNeAR folder (with data/ and metadata.tsv)" };
        var split = new Option<string>("--split") { Description = "dev or test", DefaultValueFactory = _ => "test" };
        var attribution = new Command("attribution", "Score statement extraction on PolNeAR: source and content spans, P/R/F1") { directory, split };
        attribution.SetAction(parse => Attribution(parse.GetValue(directory)!, parse.GetValue(split)!));
        return new Command("eval", "Evaluate against public data sets") { attribution };
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
