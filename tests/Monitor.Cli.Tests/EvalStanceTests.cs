using Monitor.Cli.Commands;

namespace Monitor.Cli.Tests;

/// <summary>`monitor eval stance` and `monitor eval train-stance` on folders written here in the benchmark's file format.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class EvalStanceTests
{
    private const string Header = "ID\tTarget\tText\tStance\tOpinion\tSentiment";

    [Fact]
    public async Task Eval_stance_prints_per_target_and_overall_F_avg_the_rule_baseline_and_the_anchors()
    {
        var folder = NewFolder();
        try
        {
            await File.WriteAllLinesAsync(Path.Combine(folder, "testdata-taskA-all-annotations.txt"),
            [
                Header,
                "1\tHarbour Tunnel\tWe support the harbour tunnel #SemST\tFAVOR\tTARGET\tPOSITIVE",
                "2\tHarbour Tunnel\tWe oppose the harbour tunnel #SemST\tAGAINST\tTARGET\tNEGATIVE",
                "3\tHarbour Tunnel\tThe ferry leaves at noon #SemST\tNONE\tNO ONE\tNEITHER",
                "4\tHarbour Tunnel\tThe harbour tunnel is wonderful #SemST\tFAVOR\tTARGET\tPOSITIVE",
            ]);
            await File.WriteAllLinesAsync(Path.Combine(folder, "trainingdata-all-annotations.txt"),
            [
                Header,
                "1\tHarbour Tunnel\tScrap the tunnel\tAGAINST\tTARGET\tNEGATIVE",
                "2\tHarbour Tunnel\tNo tunnel under our bay\tAGAINST\tTARGET\tNEGATIVE",
                "3\tHarbour Tunnel\tBuild it\tFAVOR\tTARGET\tPOSITIVE",
            ]);

            var (exit, printed) = await RunAsync(() => EvalCommand.StanceAsync(folder, CancellationToken.None));

            Assert.Equal(0, exit);
            Assert.StartsWith("SemEval-2016 Task 6 Task A test: 4 tweets; model trained on SemEval-2016 Task 6", printed[0]);
            Assert.StartsWith("Harbour Tunnel ", printed[2]);
            Assert.Matches(@"^target-aware model, all tweets: F-favor \d+\.\d\d F-against \d+\.\d\d F-avg \d+\.\d\d$", printed[3]);
            // The cues find "support" and "oppose" and miss "wonderful": favour P 1 R 1/2, against P 1 R 1.
            Assert.Equal("rule-based cues (StanceClassifier), all tweets: F-favor 66.67 F-against 100.00 F-avg 83.33", printed[4]);
            // Against is the training majority: every tweet called against, favour F1 0, against P 1/4 R 1.
            Assert.Equal("majority class per target (from the training file), all tweets: F-avg 20.00", printed[5]);
            Assert.Equal("Anchor: best system at SemEval-2016 Task 6 Task A (MITRE), F-avg 67.82.", printed[6]);
            Assert.Equal("Anchor: majority-class baseline in the task paper, F-avg 65.22.", printed[7]);
            Assert.StartsWith("Speed: ", printed[8]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Train_stance_writes_the_same_weights_file_byte_for_byte_each_time()
    {
        var folder = NewFolder();
        try
        {
            await File.WriteAllLinesAsync(Path.Combine(folder, "trainingdata-all-annotations.txt"),
            [
                Header,
                "1\tHarbour Tunnel\tBuild the harbour tunnel now, great project\tFAVOR\tTARGET\tPOSITIVE",
                "2\tHarbour Tunnel\tProud to back the tunnel\tFAVOR\tTARGET\tPOSITIVE",
                "3\tHarbour Tunnel\tThe tunnel is a waste of money\tAGAINST\tTARGET\tNEGATIVE",
                "4\tHarbour Tunnel\tStop the tunnel, it will ruin the docks\tAGAINST\tTARGET\tNEGATIVE",
                "5\tHarbour Tunnel\tFerry times change next month\tNONE\tNO ONE\tNEITHER",
                "6\tHarbour Tunnel\tRain over the coast this weekend\tNONE\tNO ONE\tNEITHER",
            ]);
            var (first, second) = (Path.Combine(folder, "first.json"), Path.Combine(folder, "second.json"));

            var (exit, printed) = await RunAsync(() => EvalCommand.TrainStanceAsync(folder, first, crossValidate: false, CancellationToken.None));
            await RunAsync(() => EvalCommand.TrainStanceAsync(folder, second, crossValidate: false, CancellationToken.None));

            Assert.Equal(0, exit);
            Assert.StartsWith("Wrote ", printed.Single());
            Assert.Contains("(6 tweets)", printed.Single());
            Assert.Equal(await File.ReadAllBytesAsync(first), await File.ReadAllBytesAsync(second));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_folder_without_the_test_file_exits_2()
    {
        var folder = NewFolder();
        try
        {
            var originalError = Console.Error;
            using var errors = new StringWriter();
            Console.SetError(errors);
            try
            {
                Assert.Equal(2, await EvalCommand.StanceAsync(folder, CancellationToken.None));
                Assert.Contains("testdata-taskA-all-annotations.txt", errors.ToString());
            }
            finally
            {
                Console.SetError(originalError);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "monitor-stance-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static async Task<(int ExitCode, string[] Printed)> RunAsync(Func<Task<int>> command)
    {
        var originalOut = Console.Out;
        using var printed = new StringWriter();
        Console.SetOut(printed);
        try
        {
            var exitCode = await command();
            return (exitCode, printed.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            Console.SetOut(originalOut);
        }
    }
}
