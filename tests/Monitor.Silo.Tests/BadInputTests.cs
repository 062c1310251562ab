using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using static Monitor.Silo.Tests.Json;

namespace Monitor.Silo.Tests;

/// <summary>Every bad input gets a problem-details answer naming the field and the limit, and changes nothing.</summary>
[Collection(ServiceCollection.Name)]
public sealed class BadInputTests(ServiceFixture fixture)
{
    private HttpClient Client => fixture.Client;

    private async Task<(HttpStatusCode Status, JsonNode Problem)> PostStatementsAsync(HttpContent body)
    {
        using var response = await Client.PostAsync("/api/statements", body);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, await ReadAsync(response));
    }

    private async Task<long> ChinaCountAsync() => (long)(await GetAsync(Client, "/api/actors/china"))["statementCount"]!;

    [Fact]
    public async Task Malformed_json_is_400()
    {
        var (status, problem) = await PostStatementsAsync(Body("{\"actor\": \"china\", "));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("not valid JSON", (string?)problem["detail"]);
    }

    [Fact]
    public async Task Missing_fields_are_named()
    {
        var (status, problem) = await PostStatementsAsync(Body(new { speaker = "Nobody" }));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = problem["errors"]!.AsObject().Select(e => e.Key).ToArray();
        Assert.Equal(["actor", "saidAt", "text"], errors.Order());
    }

    [Fact]
    public async Task Bad_values_are_named_with_their_path_in_a_batch_and_nothing_is_recorded()
    {
        var before = await ChinaCountAsync();
        var (status, problem) = await PostStatementsAsync(Body(new object[]
        {
            Statement("bad-ok", "china", "A fine statement.", "2024-01-01T00:00:00Z"),
            new { actor = "China!", text = "x", saidAt = "2024-01-01T00:00:00Z" },
            new { actor = "china", text = "x", saidAt = "last Tuesday", stance = "maybe" },
        }));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = problem["errors"]!.AsObject();
        Assert.Contains("[1].actor", errors.Select(e => e.Key));
        Assert.Contains("[2].saidAt", errors.Select(e => e.Key));
        Assert.Contains("support, oppose", (string?)errors["[2].stance"]![0]);
        Assert.Equal(before, await ChinaCountAsync());
    }

    [Fact]
    public async Task Text_over_the_limit_is_refused_with_the_limit()
    {
        var (status, problem) = await PostStatementsAsync(Body(Statement("long", "china", new string('x', 10_001), "2024-01-01T00:00:00Z")));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("10000", (string?)problem["errors"]!["text"]![0]);
    }

    [Fact]
    public async Task An_unknown_actor_in_a_batch_is_404_and_the_valid_statements_are_not_recorded()
    {
        var before = await ChinaCountAsync();
        var (status, problem) = await PostStatementsAsync(Body(new[]
        {
            Statement("unk-1", "china", "A fine statement.", "2024-01-01T00:00:00Z"),
            Statement("unk-2", "atlantis", "Who are we?", "2024-01-01T00:00:00Z"),
        }));
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("atlantis", (string?)problem["detail"]);
        Assert.Equal(before, await ChinaCountAsync());
    }

    [Fact]
    public async Task More_than_1000_statements_in_one_call_is_413()
    {
        var batch = Enumerable.Range(0, 1001).Select(i => Statement($"many-{i}", "china", "x", "2024-01-01T00:00:00Z")).ToArray();
        var (status, problem) = await PostStatementsAsync(Body(batch));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("1000", (string?)problem["detail"]);
    }

    [Fact]
    public async Task A_body_over_5_MB_is_413_before_it_is_read()
    {
        // A raw request: the service answers as soon as it sees the declared length, so the test reads
        // the answer instead of racing the upload against the closed connection.
        using var socket = new System.Net.Sockets.TcpClient();
        await socket.ConnectAsync(Client.BaseAddress!.Host, Client.BaseAddress.Port);
        await using var stream = socket.GetStream();
        var head = $"POST /api/statements HTTP/1.1\r\nHost: {Client.BaseAddress.Authority}\r\nContent-Type: application/json\r\nContent-Length: {6 * 1024 * 1024}\r\n\r\n[";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var status = await reader.ReadLineAsync();
        var rest = new StringBuilder();
        var buffer = new char[4096];
        int read;
        while (!rest.ToString().Contains("5242880") && (read = await reader.ReadAsync(buffer)) > 0) rest.Append(buffer, 0, read);

        Assert.Equal("HTTP/1.1 413 Payload Too Large", status);
        Assert.Contains("application/problem+json", rest.ToString());
        Assert.Contains("5242880", rest.ToString());
    }

    [Fact]
    public async Task Bad_ids_and_query_parameters_are_400()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.GetAsync("/api/actors/Not_An_Id")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.PutAsync("/api/actors/UPPER", Body(new { name = "x" }))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Client.PutAsync("/api/actors/good-id", Body(new { id = "other-id" }))).StatusCode);
        using var since = await Client.GetAsync("/api/alerts?since=-3");
        using var kind = await Client.GetAsync("/api/alerts?kind=lies");
        using var limit = await Client.GetAsync("/api/actors/china/statements?limit=5000");
        Assert.Contains("since", (await ReadAsync(since))["errors"]!.AsObject().Select(e => e.Key));
        Assert.Contains("stance-reversal", (string?)(await ReadAsync(kind))["errors"]!["kind"]![0]);
        Assert.Equal(HttpStatusCode.BadRequest, limit.StatusCode);
    }

    [Fact]
    public async Task Html_nested_past_the_budget_is_refused_at_once_and_records_nothing()
    {
        var before = await ChinaCountAsync();
        var html = "<p>The Chinese foreign ministry said the talks had failed.</p>" + string.Concat(Enumerable.Repeat("<div>", 200_000));

        using var response = await Client.PostAsync("/api/documents", Body(new { publishedAt = "2024-01-01T00:00:00Z", format = "html", text = html }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nests elements more than 512 deep", (await ReadAsync(response)).ToJsonString());
        Assert.Equal(before, await ChinaCountAsync());
    }

    [Fact]
    public async Task A_document_without_sentence_ends_stores_no_statement_over_the_text_limit()
    {
        var filler = string.Join(' ', Enumerable.Range(0, 25_000).Select(i => i % 9 == 8 ? $"{i} tonnes" : "the ships carried grain to port and"));
        var text = "The Chinese foreign ministry said " + filler + "\n\n\"We will keep the ports open,\" the Chinese foreign ministry said.";

        using var response = await Client.PostAsync("/api/documents", Body(new { id = "doc-unpunctuated", publishedAt = "2024-01-02T00:00:00Z", text }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var statements = (await ReadAsync(response))["documents"]![0]!["statements"]!.AsArray();
        Assert.Contains(statements, s => (string?)s!["text"] == "We will keep the ports open");
        Assert.All(statements, s => Assert.True(((string)s!["text"]!).Length <= 10_000));
    }

    [Fact]
    public async Task A_thousand_broken_statements_are_answered_with_a_bounded_list_of_errors()
    {
        var broken = Enumerable.Range(0, 1_000).Select(_ => new { actor = "China!", text = "", saidAt = "someday", stance = "maybe", mode = "shout", sources = 5 }).ToArray();

        var (status, problem) = await PostStatementsAsync(Body(broken));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = problem["errors"]!.AsObject();
        Assert.Contains("[0].actor", errors.Select(e => e.Key));
        Assert.True(errors.Sum(e => e.Value!.AsArray().Count) <= 101);
        Assert.Contains("more errors were found", errors["$"]!.ToJsonString());
    }

    [Fact]
    public async Task A_property_given_twice_is_refused_rather_than_read_as_its_last_value()
    {
        var before = await ChinaCountAsync();

        var (status, problem) = await PostStatementsAsync(Body(
            "{\"actor\": \"china\", \"text\": \"We support the plan.\", \"text\": \"We oppose the plan.\", \"saidAt\": \"2024-01-01T00:00:00Z\"}"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("not valid JSON", (string?)problem["detail"]);
        Assert.Contains("text", (string?)problem["detail"]);
        Assert.Equal(before, await ChinaCountAsync());
    }
}
