using Monitor.Analysis.Contradictions;
using Monitor.Analysis.Evaluation;
using Monitor.Cli.Commands;

namespace Monitor.Cli.Tests;

/// <summary>`monitor eval train-judges` end to end: findings gathered from a corpus and labelled pairs, weights written, and the same bytes again from the examples file.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class TrainJudgesTests
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "Corpora", "harbour-toll");

    private const string Pairs = """
        {"id": "p1", "earlier": {"text": "We will not close the rail depot at Ostend.", "actor": "ardenia", "saidAt": "2024-01-10T10:00:00Z"}, "later": {"text": "The rail depot at Ostend was closed on Monday.", "actor": "ardenia", "saidAt": "2024-03-04T10:00:00Z"}, "contradiction": true}
        {"id": "p2", "earlier": {"text": "Exports of grain rose by 4% in May.", "actor": "ardenia", "saidAt": "2024-06-10T10:00:00Z"}, "later": {"text": "Exports of grain fell by 2% in June.", "actor": "ardenia", "saidAt": "2024-07-10T10:00:00Z"}, "contradiction": false}
        """;

    [Fact]
    public async Task Train_judges_labels_the_findings_writes_the_examples_and_weights_and_learns_the_same_bytes_from_the_examples()
    {
        var folder = Directory.CreateTempSubdirectory("train-judges-");
        try
        {
            var pairs = Path.Combine(folder.FullName, "own-pairs.jsonl");
            await File.WriteAllTextAsync(pairs, Pairs);
            var examples = Path.Combine(folder.FullName, "examples.jsonl");
            var gathered = Path.Combine(folder.FullName, "gathered.json");
            var relearned = Path.Combine(folder.FullName, "relearned.json");

            var (first, printed) = await RunAsync(() => TrainJudgesCommand.RunAsync([Corpus], [pairs], examples, null, gathered, CancellationToken.None));
            var (second, _) = await RunAsync(() => TrainJudgesCommand.RunAsync([], [], null, examples, relearned, CancellationToken.None));

            Assert.Equal((0, 0), (first, second));
            var read = JudgeExampleFile.Read(await File.ReadAllTextAsync(examples));
            // The vow never to raise the toll against the rise is on the corpus's flagged pair; the promise kept to close
            // nothing, broken on Monday, is the labelled contradiction.
            Assert.Contains(read, e => e is { Group: "harbour-toll", DocumentPair: "d1>d2", Contradiction: true });
            Assert.Contains(read, e => e is { Group: "own-pairs", DocumentPair: "p1", Contradiction: true });
            Assert.DoesNotContain(read, e => e.DocumentPair is "d4>d2" or "d2>d4");
            Assert.Equal(await File.ReadAllTextAsync(gathered), await File.ReadAllTextAsync(relearned));
            var weights = JudgeWeights.Parse(await File.ReadAllTextAsync(gathered));
            Assert.NotNull(weights.Training);
            Assert.Contains(printed, line => line.StartsWith("Leave-one-group-out", StringComparison.Ordinal));
            Assert.Contains(printed, line => line.Contains("alerts, hand-set:", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Train_judges_refuses_no_input_both_kinds_of_input_and_an_unreadable_examples_file()
    {
        var broken = Path.GetTempFileName();
        await File.WriteAllTextAsync(broken, "{\"group\": \"g\"}\n");
        try
        {
            var (none, _) = await RunAsync(() => TrainJudgesCommand.RunAsync([], [], null, null, "out.json", CancellationToken.None));
            var (both, _) = await RunAsync(() => TrainJudgesCommand.RunAsync([Corpus], [], null, broken, "out.json", CancellationToken.None));
            var (unreadable, _) = await RunAsync(() => TrainJudgesCommand.RunAsync([], [], null, broken, "out.json", CancellationToken.None));
            var (notACorpus, _) = await RunAsync(() => TrainJudgesCommand.RunAsync([Path.GetTempPath()], [], null, null, "out.json", CancellationToken.None));

            Assert.Equal((2, 2, 2, 2), (none, both, unreadable, notACorpus));
            Assert.False(File.Exists("out.json"));
        }
        finally
        {
            File.Delete(broken);
        }
    }

    private static async Task<(int ExitCode, string[] Printed)> RunAsync(Func<Task<int>> command)
    {
        var (originalOut, originalError) = (Console.Out, Console.Error);
        using var printed = new StringWriter();
        Console.SetOut(printed);
        Console.SetError(printed);
        try
        {
            var exitCode = await command();
            return (exitCode, printed.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }
}
