using System.Text.Json.Nodes;
using Monitor.Cli.Commands;

namespace Monitor.Cli.Tests;

[Collection(ConsoleCollection.Name)]
public sealed class CheckPairsTests
{
    [Fact]
    public async Task Each_pair_gets_a_verdict_with_kind_score_and_explanation_and_bad_lines_are_reported()
    {
        var input = Path.GetTempFileName();
        var output = Path.GetTempFileName();
        await File.WriteAllLinesAsync(input,
        [
            """{"id":"p1","earlier":{"text":"2,000 troops will leave the base by June.","actor":"nato","saidAt":"2024-01-10T00:00:00Z"},"later":{"text":"20,000 troops will leave the base by June.","actor":"nato","saidAt":"2024-01-20T00:00:00Z"}}""",
            """{"id":"p2","earlier":{"text":"The ministry welcomed the agreement.","actor":"japan","saidAt":"2024-01-10T00:00:00Z"},"later":{"text":"The ministry said it welcomes the agreement.","actor":"japan","saidAt":"2024-01-12T00:00:00Z"}}""",
            """{"id":"p3","earlier":{"text":"only one side"}}""",
        ]);
        var originalError = Console.Error;
        using var errors = new StringWriter();
        Console.SetError(errors);
        try
        {
            var exit = await CheckPairsCommand.RunAsync(input, output, embeddings: false, CancellationToken.None);

            var verdicts = (await File.ReadAllLinesAsync(output)).Select(l => JsonNode.Parse(l)!).ToArray();
            Assert.Equal(1, exit);
            Assert.Equal(("p1", true, "number-mismatch"), ((string?)verdicts[0]["id"], (bool)verdicts[0]["contradiction"]!, (string?)verdicts[0]["kind"]));
            Assert.Contains("20,000", (string?)verdicts[0]["explanation"]);
            Assert.Equal(("p2", false), ((string?)verdicts[1]["id"], (bool)verdicts[1]["contradiction"]!));
            Assert.Equal(2, verdicts.Length);
            Assert.StartsWith("line 3:", errors.ToString());
        }
        finally
        {
            Console.SetError(originalError);
            File.Delete(input);
            File.Delete(output);
        }
    }

    [Fact]
    public async Task A_report_about_an_actor_of_the_given_registry_is_matched_with_that_actors_denial()
    {
        var input = Path.GetTempFileName();
        var actors = Path.GetTempFileName();
        var output = Path.GetTempFileName();
        await File.WriteAllLinesAsync(actors,
            ["""{"type":"actor","id":"iceland","name":"Iceland","aliases":["Iceland","Reykjavik"],"speakers":[]}"""]);
        const string pair = """{"id":"r1","earlier":{"text":"Iceland is preparing to ban whale meat exports next month.","source":"Harbour Wire","saidAt":"2024-03-01T00:00:00Z"},"later":{"text":"denied a report that it was preparing to ban whale meat exports","actor":"iceland","saidAt":"2024-03-02T00:00:00Z"}}""";
        await File.WriteAllLinesAsync(input, [pair]);
        try
        {
            Assert.Equal(0, await CheckPairsCommand.RunAsync(input, output, embeddings: false, CancellationToken.None));
            Assert.False((bool)JsonNode.Parse((await File.ReadAllLinesAsync(output))[0])!["contradiction"]!);

            Assert.Equal(0, await CheckPairsCommand.RunAsync(input, output, embeddings: false, CancellationToken.None, actors));
            var verdict = JsonNode.Parse((await File.ReadAllLinesAsync(output))[0])!;
            Assert.Equal((true, "denial-of-report"), ((bool)verdict["contradiction"]!, (string?)verdict["kind"]));
        }
        finally
        {
            File.Delete(input);
            File.Delete(actors);
            File.Delete(output);
        }
    }
}
