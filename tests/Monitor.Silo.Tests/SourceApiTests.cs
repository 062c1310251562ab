using System.Net;
using System.Text.Json.Nodes;
using Monitor.TestSupport;
using static Monitor.Silo.Tests.Json;

namespace Monitor.Silo.Tests;

/// <summary>The sources API over real HTTP on loopback, against a real feed server.</summary>
public sealed class SourceApiTests : IAsyncLifetime
{
    private const string Reader = "reader-key-0123456789";
    private const string Writer = "writer-key-0123456789";

    private FeedServer _feeds = null!;
    private RunningService _service = null!;

    public async Task InitializeAsync()
    {
        _feeds = FeedServer.Start();
        _service = await RunningService.StartAsync(
        [
            "--no-sample",
            "--Monitor:Embeddings=false",
            "--Monitor:Sources:AllowedHosts:0=127.0.0.1",
            "--Monitor:Sources:MinimumHostGap=00:00:00",
            "--Monitor:Sources:Feeds:0:Id=configured-wire",
            "--Monitor:Sources:Feeds:0:Name=Configured Wire",
            $"--Monitor:Sources:Feeds:0:Url={_feeds.Url("/configured")}",
            "--Monitor:Sources:Feeds:0:Interval=01:00:00",
            "--Monitor:ApiKeys:0:Key=" + Reader, "--Monitor:ApiKeys:0:Name=reader", "--Monitor:ApiKeys:0:Roles:0=read",
            "--Monitor:ApiKeys:1:Key=" + Writer, "--Monitor:ApiKeys:1:Name=writer", "--Monitor:ApiKeys:1:Roles:0=read", "--Monitor:ApiKeys:1:Roles:1=write",
        ]);
    }

    public async Task DisposeAsync()
    {
        await _service.DisposeAsync();
        await _feeds.DisposeAsync();
    }

    [Fact]
    public async Task Put_creates_then_replaces_lists_polls_and_deletes()
    {
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Put, "/api/actors/veloria", Writer, new
        {
            name = "Veloria", aliases = new[] { "Veloria" }, speakers = new[] { new { name = "Anna Kest", role = "Foreign Minister" } },
        })).Status);
        _feeds.Set("/wire", new Reply(FeedDocuments.Rss("Ardenia Wire", new FeedItem("Border", "https://wire.example/border",
            "\"Veloria will keep its border open,\" Veloria's Foreign Minister Anna Kest told reporters on Monday.", new DateTimeOffset(2024, 3, 4, 8, 0, 0, TimeSpan.Zero), "g-1"))));
        var definition = new { name = "Ardenia Wire", url = _feeds.Url("/wire"), interval = "00:05:00", fetchArticles = false };

        var created = await SendAsync(HttpMethod.Put, "/api/sources/ardenia-wire", Writer, definition);
        var replaced = await SendAsync(HttpMethod.Put, "/api/sources/ardenia-wire", Writer, definition with { interval = "00:10:00" });

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal(HttpStatusCode.OK, replaced.Status);
        Assert.Equal("00:10:00", (string?)replaced.Body["interval"]);

        var poll = await SendAsync(HttpMethod.Post, "/api/sources/ardenia-wire/poll", Writer);
        Assert.Equal(HttpStatusCode.OK, poll.Status);
        Assert.Equal(1, (int)poll.Body["poll"]!["newItems"]!);
        Assert.Equal(1, (int)poll.Body["source"]!["status"]!["documentsIngested"]!);

        var one = await SendAsync(HttpMethod.Get, "/api/sources/ardenia-wire", Reader);
        var status = one.Body["status"]!;
        Assert.Equal((1L, 0), ((long)status["itemsSeen"]!, (int)status["consecutiveFailures"]!));
        Assert.NotNull(status["lastPolledAt"]);
        Assert.NotNull(status["lastSuccessAt"]);
        Assert.NotNull(status["nextPollAt"]);
        var list = (await SendAsync(HttpMethod.Get, "/api/sources", Reader)).Body.AsArray();
        Assert.Equal(["ardenia-wire", "configured-wire"], list.Select(s => (string?)s!["id"]));

        var statements = (await SendAsync(HttpMethod.Get, "/api/actors/veloria/statements", Reader)).Body["items"]!.AsArray();
        var source = Assert.Single(statements)!["sources"]![0]!;
        Assert.Equal(("Ardenia Wire", "https://wire.example/border"), ((string?)source["name"], (string?)source["url"]));

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(HttpMethod.Delete, "/api/sources/ardenia-wire", Writer)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, "/api/sources/ardenia-wire", Reader)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Delete, "/api/sources/ardenia-wire", Writer)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Post, "/api/sources/ardenia-wire/poll", Writer)).Status);
    }

    [Theory]
    [InlineData("ardenia-wire", "ftp://wire.example/feed.xml", "00:05:00", "url", "absolute http or https")]
    [InlineData("ardenia-wire", "not a url", "00:05:00", "url", "absolute http or https")]
    [InlineData("ardenia-wire", "http://localhost:9/feed.xml", "00:05:00", "url", "internal address")]
    [InlineData("ardenia-wire", "https://wire.example/feed.xml", "00:00:10", "interval", "must be from 00:01:00")]
    [InlineData("ardenia-wire", "https://wire.example/feed.xml", "2.00:00:00", "interval", "must be from 00:01:00")]
    [InlineData("ardenia-wire", "https://wire.example/feed.xml", "soon", "interval", "time span")]
    [InlineData("Bad_Id", "https://wire.example/feed.xml", "00:05:00", "id", "[a-z0-9-]")]
    public async Task Bad_input_gets_problem_details_naming_what_was_wrong(string id, string url, string interval, string field, string message)
    {
        var (status, body) = await SendAsync(HttpMethod.Put, $"/api/sources/{id}", Writer, new { name = "Ardenia Wire", url, interval });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = body["errors"]![field]!.AsArray().Select(e => (string?)e).ToArray();
        Assert.Contains(errors, e => e!.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reads_need_the_read_role_and_changes_and_polls_the_write_role()
    {
        var definition = new { name = "Ardenia Wire", url = _feeds.Url("/wire"), interval = "00:05:00" };
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, "/api/sources", null)).Status);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "/api/sources", Reader)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Put, "/api/sources/role-wire", Reader, definition)).Status);
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(HttpMethod.Put, "/api/sources/role-wire", Writer, definition)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Post, "/api/sources/role-wire/poll", Reader)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Delete, "/api/sources/role-wire", Reader)).Status);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, "/api/sources/role-wire", Reader)).Status);
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> SendAsync(HttpMethod method, string path, string? key, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : Body(body) };
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        using var response = await _service.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!);
    }
}
