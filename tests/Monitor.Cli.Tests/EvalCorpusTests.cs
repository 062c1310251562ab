using Monitor.Cli.Commands;
using Monitor.Cli.Evaluation;

namespace Monitor.Cli.Tests;

/// <summary>`monitor eval corpus` end to end on a corpus and gold written for the test: replay, score, summary, exit code.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class EvalCorpusTests
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "Corpora", "harbour-toll");

    [Fact]
    public async Task Eval_corpus_replays_the_corpus_prints_the_scores_and_keeps_the_replay_output()
    {
        var output = Path.GetTempFileName();
        try
        {
            var (exitCode, printed) = await EvalAsync(new EvalCorpusRequest(Corpus, Verbose: true, Output: output));

            Assert.Equal(0, exitCode);
            Assert.Equal(
            [
                // The fourth norland statement is not in the gold; the optional one counts neither way.
                "FP statement d3 norland the toll office at the north pier opens at nine each morning.",
                "statements: 6 read, precision 0.80 recall 1.00 F1 0.89; alerts: 1 raised, precision 1.00 recall 1.00 (1/1); unreadable lines 0",
                "  stance-reversal: 1/1",
                "retrieval: 1/1 must-fire pairs among candidates (by key alone: 1/1)",
            ], printed);
            var replayed = await File.ReadAllLinesAsync(output);
            Assert.Equal(7, replayed.Length);
            Assert.Contains("\"type\":\"alert\"", replayed[^1]);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public async Task Eval_corpus_exits_1_when_a_minimum_is_not_met()
    {
        var (met, _) = await EvalAsync(new EvalCorpusRequest(Corpus, MinF1Statements: 0.88, MinPrecisionAlerts: 1, MinRecallAlerts: 1));
        var (missed, printed) = await EvalAsync(new EvalCorpusRequest(Corpus, MinF1Statements: 0.9));

        Assert.Equal((0, 1), (met, missed));
        Assert.Equal(3, printed.Length);
    }

    [Fact]
    public async Task Only_the_corpus_actor_records_are_tracked()
    {
        var tracked = await CorpusGoldReader.ReadTrackedActorsAsync(Path.Combine(Corpus, "corpus.jsonl"), CancellationToken.None);
        var gold = await CorpusGoldReader.ReadAsync(Path.Combine(Corpus, "gold.json"), CancellationToken.None);

        Assert.Equal(["norland", "vesta"], tracked.Order());
        Assert.Equal(["d1", "d2", "d3", "d4"], gold.Statements.Keys);
        Assert.Equal(("d1", "d2", "norland", "stance-reversal"), (gold.MustFire[0].Earlier, gold.MustFire[0].Later, gold.MustFire[0].Actor, gold.MustFire[0].Kind));
        Assert.Equal(new DocumentPair("d4", "d2"), gold.Ambiguous.Single());
        Assert.Equal(("d3", "d4"), (gold.Traps.Single().First, gold.Traps.Single().Second));
    }

    private static async Task<(int ExitCode, string[] Printed)> EvalAsync(EvalCorpusRequest request)
    {
        var originalOut = Console.Out;
        using var printed = new StringWriter();
        Console.SetOut(printed);
        try
        {
            var exitCode = await EvalCorpusCommand.RunAsync(request, CancellationToken.None);
            return (exitCode, printed.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            Console.SetOut(originalOut);
        }
    }
}
