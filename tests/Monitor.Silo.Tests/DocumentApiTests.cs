using System.Net;
using System.Text.Json.Nodes;
using static Monitor.Silo.Tests.Json;

namespace Monitor.Silo.Tests;

[Collection(ServiceCollection.Name)]
public sealed class DocumentApiTests(ServiceFixture fixture)
{
    private HttpClient Client => fixture.Client;

    private async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(object body)
    {
        using var response = await Client.PostAsync("/api/documents", Body(body));
        return (response.StatusCode, await ReadAsync(response));
    }

    [Fact]
    public async Task An_article_becomes_attributed_statements_with_provenance_and_the_rule_that_found_them()
    {
        var (status, body) = await PostAsync(new
        {
            id = "doc-attr-1", source = "Harbour Times", url = "https://harbour.example/a1", publishedAt = "2023-06-08T08:00:00Z",
            text = "\"Our partnership with the alliance keeps growing,\" Yoshimasa Hayashi told reporters in Brussels. " +
                   "The Harbour Times reported that Japan will sign a partnership programme in July.",
        });

        Assert.Equal(HttpStatusCode.OK, status);
        var statements = body["documents"]![0]!["statements"]!.AsArray();
        var hayashi = statements.Single(s => (string?)s!["speaker"] == "Yoshimasa Hayashi")!;
        Assert.Equal(("japan", true), ((string?)hayashi["actor"], (bool)hayashi["direct"]!));
        Assert.Equal("told", (string?)hayashi["trace"]!["cue"]);
        Assert.NotNull(hayashi["trace"]!["rule"]);
        var span = hayashi["span"]!.AsArray().Select(v => (int)v!).ToArray();
        Assert.Equal("Our partnership with the alliance keeps growing", "\"Our partnership with the alliance keeps growing,\""[(span[0])..(span[1])]);
        var report = statements.Single(s => (bool)s!["isReport"]!)!;
        Assert.Null(report["actor"]);
        Assert.StartsWith("~src-", (string?)report["log"]);

        var stored = await GetAsync(Client, "/api/actors/japan/statements?limit=1000");
        var saved = stored["items"]!.AsArray().Single(s => (string?)s!["id"] == (string?)hayashi["id"])!;
        Assert.Equal(("doc-attr-1", "Harbour Times", "https://harbour.example/a1"), ((string?)saved["documentId"], (string?)saved["sources"]![0]!["name"], (string?)saved["sources"]![0]!["url"]));
    }

    [Fact]
    public async Task The_same_quote_carried_by_two_outlets_is_one_statement_with_two_sources()
    {
        const string text = "\"We will not accept any bloc confrontation in our region,\" Mao Ning said on Tuesday.";
        var first = await PostAsync(new { id = "doc-dup-1", source = "Wire One", url = "https://one.example/1", publishedAt = "2023-09-06T08:00:00Z", text });
        var second = await PostAsync(new { id = "doc-dup-2", source = "Wire Two", url = "https://two.example/9", publishedAt = "2023-09-07T08:00:00Z", text });

        var a = first.Body["documents"]![0]!["statements"]![0]!;
        var b = second.Body["documents"]![0]!["statements"]![0]!;
        Assert.Equal((string?)a["id"], (string?)b["id"]);
        Assert.True((bool)a["created"]!);
        Assert.False((bool)b["created"]!);
        var stored = (await GetAsync(Client, "/api/actors/china/statements?limit=1000"))["items"]!.AsArray().Single(s => (string?)s!["id"] == (string?)a["id"])!;
        Assert.Equal(["Wire One", "Wire Two"], stored["sources"]!.AsArray().Select(s => (string?)s!["name"]));
    }

    [Fact]
    public async Task Html_is_stripped_and_speakers_no_actor_claims_are_listed_for_curation()
    {
        var (status, body) = await PostAsync(new
        {
            id = "doc-html-1", source = "Ledger", publishedAt = "2023-10-02T08:00:00Z",
            text = "<html><head><script>var x = 1;</script><style>p{}</style></head><body><p>\"The port deal is finished,\" said Elena Markovic, a trade envoy.</p></body></html>",
        });

        Assert.Equal(HttpStatusCode.OK, status);
        var statement = body["documents"]![0]!["statements"]!.AsArray().Single()!;
        Assert.Equal("The port deal is finished", (string?)statement["text"]);
        Assert.Null(statement["actor"]);
        var unknown = (await GetAsync(Client, "/api/speakers/unknown")).AsArray();
        Assert.Contains(unknown, u => ((string?)u!["speaker"])!.Contains("Elena Markovic") && (string?)u["kind"] == "person");
    }

    [Fact]
    public async Task Empty_binary_oversized_and_foreign_documents_are_refused_with_a_reason()
    {
        var empty = await PostAsync(new { publishedAt = "2023-10-02T08:00:00Z", text = "   " });
        var binary = await PostAsync(new { publishedAt = "2023-10-02T08:00:00Z", text = "abc\u0000\u0001\u0002def" });
        var missing = await PostAsync(new { text = "Some text." });
        var foreign = await PostAsync(new
        {
            publishedAt = "2023-10-02T08:00:00Z",
            text = "Le ministre des affaires étrangères a déclaré mardi que la France ne participerait pas à cette réunion et qu'elle attendait des explications de la part de ses partenaires européens.",
        });
        using var huge = await Client.PostAsync("/api/documents", Body(new { publishedAt = "2023-10-02T08:00:00Z", text = new string('a', 1024 * 1024 + 1) }));

        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Contains("no text", empty.Body.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, binary.Status);
        Assert.Contains("not text", binary.Body.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.NotNull(missing.Body["errors"]!["publishedAt"]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, foreign.Status);
        Assert.Contains("English", (string?)foreign.Body["detail"]);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }
}
