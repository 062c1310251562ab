using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Abstractions;
using Monitor.Abstractions.Storage;
using static Monitor.Silo.Tests.Json;

namespace Monitor.Silo.Tests;

/// <summary>One service with a few statements and alerts whose texts carry commas, quotes and line breaks.</summary>
public sealed class ExportFixture : IAsyncLifetime
{
    public RunningService Service { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Service = await RunningService.StartAsync(["--no-sample"]);
        var statements = Enumerable.Range(1, 12).Select(i =>
        {
            var topic = i % 3 == 0 ? "trade" : "pact";
            var supports = i <= 6;
            var text = $"Japan {(supports ? "supports" : "opposes")} the {topic}, \"firmly\", remark {i}." + (i % 4 == 0 ? "\nA second line, with a comma." : "");
            return Statement($"ex-{i}", "japan", text, $"2024-05-{i:D2}T08:00:00Z", topic, supports ? "support" : "oppose");
        }).ToArray();
        using var posted = await Service.Client.PostAsync("/api/statements", Body(statements));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        using var china = await Service.Client.PostAsync("/api/statements", Body(new[]
        {
            Statement("cn-1", "china", "China supports the pact.", "2024-05-01T08:00:00Z", "pact", "support"),
            Statement("cn-2", "china", "China opposes the pact.", "2024-05-09T08:00:00Z", "pact", "oppose"),
        }));
        Assert.Equal(HttpStatusCode.OK, china.StatusCode);
        // Alerts are raised by the watchers just after the answer; wait until both actors have theirs.
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var items = (await GetAsync(Service.Client, "/api/alerts?limit=1000"))["items"]!.AsArray();
            if (items.Any(a => (string?)a!["actor"] == "china") && items.Count(a => (string?)a!["actor"] == "japan") >= 2) break;
            await Task.Delay(100);
        }
    }

    public async Task DisposeAsync() => await Service.DisposeAsync();
}

/// <summary>GET /api/alerts/export and /api/actors/{id}/statements/export against the list endpoints, in both formats.</summary>
public sealed class ExportTests(ExportFixture fixture) : IClassFixture<ExportFixture>
{
    private HttpClient Client => fixture.Service.Client;

    [Theory]
    [InlineData("")]
    [InlineData("topic=pact")]
    [InlineData("since=3&topic=pact")]
    public async Task Statement_exports_hold_what_the_list_endpoint_answers_in_both_formats(string filter)
    {
        var listed = (await GetAsync(Client, $"/api/actors/japan/statements?limit=1000&{filter}"))["items"]!.AsArray();
        Assert.NotEmpty(listed);
        Assert.Contains(listed, s => ((string)s!["text"]!).Contains('\n'));

        using var jsonl = await Client.GetAsync($"/api/actors/japan/statements/export?format=jsonl&{filter}");
        Assert.Equal(HttpStatusCode.OK, jsonl.StatusCode);
        Assert.Equal("application/x-ndjson", jsonl.Content.Headers.ContentType!.MediaType);
        var lines = (await jsonl.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)).ToArray();
        Assert.Equal(listed.Count, lines.Length);
        for (var i = 0; i < lines.Length; i++) Assert.True(JsonNode.DeepEquals(listed[i], lines[i]), $"line {i + 1}: {lines[i]!.ToJsonString()} vs {listed[i]!.ToJsonString()}");

        using var csv = await Client.GetAsync($"/api/actors/japan/statements/export?format=csv&{filter}");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var rows = ParseCsv(await csv.Content.ReadAsStringAsync());
        Assert.Equal(["sequence", "id", "actor", "speaker", "text", "saidAt", "recordedAt", "topic", "stance", "mode", "direct", "documentId", "sources", "about", "spanStart", "spanEnd"], rows[0]);
        Assert.Equal(listed.Count, rows.Count - 1);
        for (var i = 0; i < listed.Count; i++)
        {
            var row = rows[0].Zip(rows[i + 1]).ToDictionary(p => p.First, p => p.Second);
            var item = listed[i]!;
            Assert.Equal(((long)item["sequence"]!).ToString(), row["sequence"]);
            foreach (var field in new[] { "id", "actor", "speaker", "text", "topic", "stance", "mode", "documentId" }) Assert.Equal((string?)item[field] ?? "", row[field]);
            Assert.Equal(DateTimeOffset.Parse((string)item["saidAt"]!), DateTimeOffset.Parse(row["saidAt"]));
            Assert.Equal(DateTimeOffset.Parse((string)item["recordedAt"]!), DateTimeOffset.Parse(row["recordedAt"]));
            Assert.Equal((bool)item["direct"]!, bool.Parse(row["direct"]));
            Assert.True(JsonNode.DeepEquals(item["sources"], JsonNode.Parse(row["sources"])));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("actor=japan")]
    [InlineData("actor=japan&topic=pact&kind=stance-reversal&status=open&severity=low")]
    [InlineData("since=1")]
    public async Task Alert_exports_hold_what_the_list_endpoint_answers_in_both_formats(string filter)
    {
        var listed = (await GetAsync(Client, $"/api/alerts?limit=1000&{filter}"))["items"]!.AsArray();
        Assert.NotEmpty(listed);
        if (filter.Contains("actor=japan")) Assert.All(listed, a => Assert.Equal("japan", (string?)a!["actor"]));

        using var jsonl = await Client.GetAsync($"/api/alerts/export?{filter}");
        Assert.Equal(HttpStatusCode.OK, jsonl.StatusCode);
        var lines = (await jsonl.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)).ToArray();
        Assert.Equal(listed.Count, lines.Length);
        for (var i = 0; i < lines.Length; i++) Assert.True(JsonNode.DeepEquals(listed[i], lines[i]), $"line {i + 1}");

        using var csv = await Client.GetAsync($"/api/alerts/export?format=csv&{filter}");
        var rows = ParseCsv(await csv.Content.ReadAsStringAsync());
        Assert.Equal(listed.Count, rows.Count - 1);
        for (var i = 0; i < listed.Count; i++)
        {
            var row = rows[0].Zip(rows[i + 1]).ToDictionary(p => p.First, p => p.Second);
            var item = listed[i]!;
            foreach (var field in new[] { "id", "kind", "severity", "status", "actor", "topic", "detector", "explanation" }) Assert.Equal((string?)item[field] ?? "", row[field]);
            Assert.Equal(((long)item["sequence"]!).ToString(), row["sequence"]);
            Assert.Equal((double)item["score"]!, double.Parse(row["score"], System.Globalization.CultureInfo.InvariantCulture));
            foreach (var side in new[] { "earlier", "later" })
            {
                Assert.Equal((string?)item[side]!["statementId"], row[side + "StatementId"]);
                Assert.Equal((string?)item[side]!["text"], row[side + "Text"]);
                Assert.Equal(DateTimeOffset.Parse((string)item[side]!["saidAt"]!), DateTimeOffset.Parse(row[side + "SaidAt"]));
                Assert.True(JsonNode.DeepEquals(item[side]!["sources"], JsonNode.Parse(row[side + "Sources"])));
            }
        }
    }

    [Theory]
    [InlineData("/api/alerts/export?format=xml", "format")]
    [InlineData("/api/actors/japan/statements/export?format=CSV", "format")]
    [InlineData("/api/actors/japan/statements/export?format=csv&since=-1", "since")]
    [InlineData("/api/alerts/export?format=csv&kind=rumour", "kind")]
    public async Task A_bad_format_or_filter_is_a_400_problem_naming_the_parameter(string path, string field)
    {
        using var response = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await ReadAsync(response);
        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task An_unknown_actor_is_a_404_problem()
    {
        using var response = await Client.GetAsync("/api/actors/atlantis/statements/export?format=csv");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    /// <summary>RFC 4180, read independently of the writer: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    internal static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else field.Append(c);
        }
        Assert.False(quoted, "the CSV ends inside a quoted field");
        Assert.True(field.Length == 0 && fields.Count == 0, "the last CSV record does not end with CRLF");
        return rows;
    }
}

/// <summary>
/// An actor with 100,000 statements exports without the service holding the export: while the client has read only
/// the start, the service's live managed memory stays far below the export's size (a service that built the whole
/// export first would hold all of it at that moment), and the rest then arrives whole and in order.
/// </summary>
[Collection(ExportMemoryCollection.Name)]
public sealed class ExportMemoryTests
{
    private const int Statements = 100_000;

    [Fact]
    public async Task Exporting_100000_statements_streams_with_bounded_memory()
    {
        await using var service = await RunningService.StartAsync(["--no-sample", "--Monitor:Embeddings=false"]);
        using (var put = await service.Client.PutAsync("/api/actors/bulk", Body(new { name = "Bulk" })))
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);

        // Straight into the store: extraction and watchers are not what is measured. The outbox cursor is set first,
        // so the sweeper never hands these statements to the watchers meanwhile.
        var log = service.Services.GetRequiredService<IStatementLog>();
        await log.MarkFedAsync("bulk", Statements);
        var padding = new string('x', 300);
        var origin = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var batch = 0; batch < Statements / 1_000; batch++)
        {
            await log.AppendAsync("bulk", [.. Enumerable.Range(batch * 1_000 + 1, 1_000).Select(n => new Statement(
                $"b-{n}", $"d-{n}", "bulk", "Spokesperson", $"Statement {n}, {padding}.", true, StatementMode.Assert, "pact", Stance.Support,
                origin.AddMinutes(n), null, [new SourceRef("Wire", $"https://wire.example/{n}")], RecordedAt: origin.AddMinutes(n)))]);
        }

        var before = GC.GetTotalMemory(forceFullCollection: true);
        using var response = await service.Client.GetAsync("/api/actors/bulk/statements/export?format=jsonl", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[64 * 1024];
        var read = 0L;
        var lines = 0L;
        var line = new List<byte>();
        var lastLine = Array.Empty<byte>();
        async Task<int> ReadChunkAsync()
        {
            var n = await body.ReadAsync(buffer);
            read += n;
            var rest = buffer.AsSpan(0, n);
            for (int end; (end = rest.IndexOf((byte)'\n')) >= 0; rest = rest[(end + 1)..])
            {
                line.AddRange(rest[..end]);
                lastLine = [.. line];
                line.Clear();
                lines++;
            }
            line.AddRange(rest);
            return n;
        }

        while (read < 512 * 1024) Assert.NotEqual(0, await ReadChunkAsync());
        // Long enough for a service that does not wait for its reader to run far ahead.
        await Task.Delay(1_500);
        var held = GC.GetTotalMemory(forceFullCollection: true) - before;

        // The rest, counted; the last line is the log's last statement.
        while (await ReadChunkAsync() > 0) { }
        Assert.Empty(line);
        Assert.Equal(Statements, lines);
        var last = JsonNode.Parse(Encoding.UTF8.GetString(lastLine))!;
        Assert.Equal(Statements, (long)last["sequence"]!);
        Assert.Equal($"b-{Statements}", (string?)last["id"]);
        Assert.True(read > 40_000_000, $"the export is {read:N0} bytes");
        Assert.True(held < read / 4, $"the service held {held:N0} bytes of managed memory while exporting {read:N0} bytes");
    }
}

/// <summary>
/// The memory measured is the whole test process's, where the service runs: no other test may run beside this one, or
/// its services' memory would be counted as the export's.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExportMemoryCollection
{
    public const string Name = "export memory, alone";
}
