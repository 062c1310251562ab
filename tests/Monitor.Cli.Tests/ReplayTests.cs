using System.Text.Json.Nodes;
using Monitor.Cli.Commands;

namespace Monitor.Cli.Tests;

/// <summary>`monitor replay` on a corpus written for the test: exact statements and alerts out, the same on every run.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ReplayTests
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "Corpora", "finland-reversal.jsonl");

    [Fact]
    public async Task Replay_writes_the_exact_statements_and_alerts_and_reports_bad_lines()
    {
        var (exitCode, output, errors) = await ReplayAsync(data: null);

        Assert.Equal(1, exitCode);
        Assert.Equal(3, errors.Length);
        Assert.Equal("line 9: unknown actor 'sweden' (define it with an actor record first)", errors[0]);
        Assert.Equal("line 10: saidAt: 'saidAt' is required.", errors[1]);
        Assert.StartsWith("line 11: not valid JSON", errors[2]);

        var records = output.Select(line => JsonNode.Parse(line)!).ToArray();
        var statements = records.Where(r => (string?)r["type"] == "statement").ToArray();
        Assert.Equal(["fi-1", "fi-2", "fi-3", "fi-4"], statements.Take(4).Select(s => (string?)s["id"]));
        Assert.Equal(5, statements.Length);
        var inferred = statements[0];
        Assert.Equal(("finland", "nato-membership", "oppose", "assert"), ((string?)inferred["actor"], (string?)inferred["topic"], (string?)inferred["stance"], (string?)inferred["mode"]));
        Assert.Equal("r01", (string?)inferred["documentId"]);
        Assert.Equal("Helsinki Wire", (string?)inferred["sources"]![0]!["name"]);
        Assert.StartsWith("st-", (string?)statements[4]["id"]);
        Assert.Equal("decline", (string?)statements[4]["mode"]);

        var alerts = records.Where(r => (string?)r["type"] == "alert").ToArray();
        Assert.Equal(2, alerts.Length);
        var reversal = alerts[0];
        Assert.Equal(("stance-reversal", 1L, "high"), ((string?)reversal["kind"], (long)reversal["sequence"]!, (string?)reversal["severity"]));
        Assert.Equal(("fi-1", "r01", "fi-2", "r02"), ((string?)reversal["earlier"]!["statementId"], (string?)reversal["earlier"]!["documentId"], (string?)reversal["later"]!["statementId"], (string?)reversal["later"]!["documentId"]));
        Assert.Contains("opposed", (string?)reversal["explanation"]);
        var denial = alerts[1];
        Assert.Equal(("negated-claim", 2L, "fi-3", "fi-4"), ((string?)denial["kind"], (long)denial["sequence"]!, (string?)denial["earlier"]!["statementId"], (string?)denial["later"]!["statementId"]));
        Assert.Null(reversal["raisedAt"]);
    }

    [Fact]
    public async Task Two_replays_of_the_same_corpus_write_identical_output()
    {
        var first = await ReplayAsync(data: null);
        var second = await ReplayAsync(data: null);
        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public async Task Replaying_into_a_data_folder_twice_records_nothing_new_the_second_time()
    {
        var data = Path.Combine(Path.GetTempPath(), "monitor-replay-" + Guid.NewGuid().ToString("N"));
        try
        {
            var first = await ReplayAsync(data);
            var second = await ReplayAsync(data);
            Assert.Equal(7, first.Output.Length);
            Assert.Empty(second.Output);
            Assert.True(File.Exists(Path.Combine(data, "monitor.db")));
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<(int ExitCode, string[] Output, string[] Errors)> ReplayAsync(string? data)
    {
        var output = Path.GetTempFileName();
        var originalError = Console.Error;
        using var errors = new StringWriter();
        Console.SetError(errors);
        try
        {
            var exitCode = await ReplayCommand.RunAsync(Corpus, output, data, CancellationToken.None);
            return (exitCode, await File.ReadAllLinesAsync(output), errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        finally
        {
            Console.SetError(originalError);
            File.Delete(output);
        }
    }
}
