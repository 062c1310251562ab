using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using static Monitor.Silo.Tests.Json;

namespace Monitor.Silo.Tests;

[Collection(ServiceCollection.Name)]
public sealed class ApiTests(ServiceFixture fixture)
{
    private HttpClient Client => fixture.Client;

    [Fact]
    public async Task Health_reports_storage_reachable()
    {
        var health = await GetAsync(Client, "/health");
        Assert.Equal("ok", (string?)health["status"]);
        Assert.Equal("reachable", (string?)health["storage"]);
    }

    [Fact]
    public async Task OpenApi_describes_the_api()
    {
        var document = await GetAsync(Client, "/openapi/v1.json");
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToArray();
        Assert.Contains("/api/statements", paths);
        Assert.Contains("/api/alerts/{id}/dismiss", paths);
        Assert.Contains("/api/actors/{id}/positions", paths);
    }

    [Fact]
    public async Task The_sample_corpus_fills_an_empty_store_with_real_reported_statements_and_their_reversals()
    {
        var actors = (await GetAsync(Client, "/api/actors")).AsArray();
        var gop = actors.Single(a => (string?)a!["id"] == "gop")!;
        Assert.Equal("Republican Party", (string?)gop["name"]);
        Assert.Contains("the GOP", gop["aliases"]!.AsArray().Select(a => (string?)a));
        Assert.Equal(["Paul Ryan", "Reince Priebus"], gop["speakers"]!.AsArray().Select(s => (string?)s!["name"]));
        foreach (var (id, count) in new[] { ("trump-campaign", 3L), ("gop", 3L), ("clinton-campaign", 3L) })
            Assert.Equal(count, (long)actors.Single(a => (string?)a!["id"] == id)!["statementCount"]!);

        // Every sample statement is a real, reported one: an outlet named, and none marked as an illustration.
        var statements = (await GetAsync(Client, "/api/actors/gop/statements?limit=100"))["items"]!.AsArray();
        Assert.All(statements, s =>
        {
            Assert.NotEqual(true, (bool?)s!["example"]);
            Assert.Contains((string?)s["sources"]![0]!["name"], new[] { "Politico", "The New York Times", "The Washington Post" });
        });

        var ryan = (await GetAsync(Client, "/api/alerts?actor=gop&kind=stance-reversal"))["items"]!.AsArray();
        Assert.Contains(ryan, a => (string?)a!["earlier"]!["statementId"] == "pn-ryan-0505" && (string?)a["later"]!["statementId"] == "pn-ryan-0607");
        var trump = (await GetAsync(Client, "/api/alerts?actor=trump-campaign&kind=stance-reversal"))["items"]!.AsArray();
        Assert.Contains(trump, a => (string?)a!["later"]!["statementId"] == "pn-trump-0805" && (string?)a["topic"] == "backing-ryan");
    }

    [Fact]
    public async Task Polled_lists_answer_304_when_nothing_changed_and_200_when_something_did()
    {
        using var first = await Client.GetAsync("/api/actors/nato/positions");
        var etag = first.Headers.ETag!;

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/actors/nato/positions");
        request.Headers.IfNoneMatch.Add(etag);
        using var unchanged = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());

        using var posted = await Client.PostAsync("/api/statements", Body(Statement("etag-1", "nato", "The alliance backs the partnership.", "2023-08-01T10:00:00Z", "etag-topic", "support")));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/actors/nato/positions");
        again.Headers.IfNoneMatch.Add(etag);
        using var changed = await Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Fact]
    public async Task Put_creates_then_replaces_an_actor_that_statements_can_then_name()
    {
        using var created = await Client.PutAsync("/api/actors/france", Body(new
        {
            name = "France",
            aliases = new[] { "France", "Paris", "the Elysee" },
            speakers = new[] { new { name = "Claire Martin", role = "Spokesperson", from = "2020-01-01" } },
        }));
        using var replaced = await Client.PutAsync("/api/actors/france", Body(new { id = "france", name = "French Republic", aliases = new[] { "Paris" } }));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var actor = await GetAsync(Client, "/api/actors/france");
        Assert.Equal("French Republic", (string?)actor["name"]);
        Assert.Equal(["Paris"], actor["aliases"]!.AsArray().Select(a => (string?)a));

        using var posted = await Client.PostAsync("/api/statements", Body(Statement("fr-1", "france", "Paris welcomes the talks.", "2024-01-02T09:00:00Z")));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(1, (long)(await GetAsync(Client, "/api/actors/france"))["statementCount"]!);
    }

    [Fact]
    public async Task Statements_are_recorded_once_with_inferred_fields_and_paged_by_cursor()
    {
        await EnsureActorAsync("paging");
        var batch = Enumerable.Range(1, 5).Select(i => Statement($"pg-{i}", "paging", $"We firmly oppose the plan, part {i}.", $"2024-03-0{i}T09:00:00Z", "pg-topic")).ToArray();

        var first = await ReadAsync(await Client.PostAsync("/api/statements", Body(batch)));
        var second = await ReadAsync(await Client.PostAsync("/api/statements", Body(batch)));

        Assert.Equal((5, 0), ((int)first["recorded"]!, (int)first["duplicates"]!));
        Assert.Equal((0, 5), ((int)second["recorded"]!, (int)second["duplicates"]!));
        Assert.Equal("oppose", (string?)first["statements"]![0]!["stance"]);

        var page = await GetAsync(Client, "/api/actors/paging/statements?since=2&limit=2");
        Assert.Equal(["pg-3", "pg-4"], page["items"]!.AsArray().Select(s => (string?)s!["id"]));
        Assert.Equal(4, (long)page["next"]!);
        var item = page["items"]![0]!;
        Assert.Equal("Test Wire", (string?)item["sources"]![0]!["name"]);
        Assert.Equal("doc-pg-3", (string?)item["documentId"]);
        Assert.Equal("assert", (string?)item["mode"]);
    }

    [Fact]
    public async Task A_contradicting_statement_raises_an_alert_that_can_be_acknowledged_and_dismissed()
    {
        await EnsureActorAsync("life");
        await Client.PostAsync("/api/statements", Body(Statement("life-1", "life", "We support joining the pact.", "2024-02-01T09:00:00Z", "pact", "support")));
        await Client.PostAsync("/api/statements", Body(Statement("life-2", "life", "We oppose joining the pact.", "2024-02-20T09:00:00Z", "pact", "oppose")));

        var alert = (await GetAsync(Client, "/api/alerts?actor=life"))["items"]!.AsArray().Single()!;
        var id = (string)alert["id"]!;
        Assert.Equal("stance-reversal", (string?)alert["kind"]);
        Assert.Equal("high", (string?)alert["severity"]);
        Assert.Equal("https://wire.example/life-1", (string?)alert["earlier"]!["sources"]![0]!["url"]);
        Assert.Equal("open", (string?)(await GetAsync(Client, $"/api/alerts/{id}"))["status"]);

        using var noReason = await Client.PostAsync($"/api/alerts/{id}/dismiss", null);
        using var acknowledged = await Client.PostAsync($"/api/alerts/{id}/acknowledge", null);
        using var dismissed = await Client.PostAsync($"/api/alerts/{id}/dismiss", Body(new { reason = "not a contradiction" }));
        using var resolved = await Client.PostAsync($"/api/alerts/{id}/resolve", null);
        using var missing = await Client.PostAsync("/api/alerts/al-0000/acknowledge", null);

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("acknowledged", (string?)(await ReadAsync(acknowledged))["status"]);
        var dismissedBody = await ReadAsync(dismissed);
        Assert.Equal(("dismissed", "not a contradiction"), ((string?)dismissedBody["status"], (string?)dismissedBody["statusReason"]));
        Assert.Equal(HttpStatusCode.Conflict, resolved.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Single((await GetAsync(Client, "/api/alerts?actor=life&status=dismissed"))["items"]!.AsArray());
        Assert.Empty((await GetAsync(Client, "/api/alerts?actor=life&status=open"))["items"]!.AsArray());
    }

    [Fact]
    public async Task Positions_show_current_stance_and_timeline_per_topic()
    {
        await EnsureActorAsync("stance");
        await Client.PostAsync("/api/statements", Body(new[]
        {
            Statement("st-1", "stance", "We welcome it.", "2024-05-01T09:00:00Z", "s-topic", "support"),
            Statement("st-2", "stance", "We welcome it warmly.", "2024-05-02T09:00:00Z", "s-topic", "support"),
        }));

        var position = (await GetAsync(Client, "/api/actors/stance/positions")).AsArray().Single()!;

        Assert.Equal(("s-topic", "support", 1.0), ((string?)position["topic"], (string?)position["stance"], (double)position["confidence"]!));
        Assert.Equal(["st-1", "st-2"], position["timeline"]!.AsArray().Select(p => (string?)p!["statementId"]));
    }

    [Fact]
    public async Task Unknown_actors_and_alerts_are_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/actors/atlantis")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/actors/atlantis/statements")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/actors/atlantis/positions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/api/alerts/al-nothing")).StatusCode);
    }

    [Theory]
    [InlineData("id-check%0A")]
    [InlineData("id-check%0D%0A")]
    [InlineData("Id-Check")]
    public async Task An_actor_id_with_a_trailing_newline_or_capitals_is_refused_and_nothing_is_created(string id)
    {
        using var response = await Client.PutAsync($"/api/actors/{id}", Body(new { name = "Id check" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var actors = await Client.GetAsync("/api/actors");
        Assert.DoesNotContain("Id check", await actors.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_body_not_sent_as_json_is_refused_with_415_and_nothing_is_stored()
    {
        await EnsureActorAsync("cross-site");
        var statement = System.Text.Json.JsonSerializer.Serialize(new[] { Statement("xs-1", "cross-site", "We oppose the plan.", "2024-04-01T09:00:00Z") });
        var subscription = System.Text.Json.JsonSerializer.Serialize(new { url = "https://hooks.example/cross-site", secret = "at-least-sixteen-bytes" });

        using var posted = await Client.PostAsync("/api/statements", new StringContent(statement, System.Text.Encoding.UTF8, "text/plain"));
        using var subscribed = await Client.PostAsync("/api/subscriptions", new StringContent(subscription, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        using var untyped = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(statement));
        using var postedUntyped = await Client.PostAsync("/api/statements", untyped);

        Assert.All([posted, subscribed, postedUntyped], r => Assert.Equal(HttpStatusCode.UnsupportedMediaType, r.StatusCode));
        Assert.Contains("application/json", await posted.Content.ReadAsStringAsync());
        Assert.Equal(0, (long)(await GetAsync(Client, "/api/actors/cross-site"))["statementCount"]!);
        Assert.DoesNotContain("hooks.example/cross-site", (await GetAsync(Client, "/api/subscriptions")).ToJsonString());
    }

    private async Task EnsureActorAsync(string id)
    {
        using var response = await Client.PutAsync($"/api/actors/{id}", Body(new { name = id }));
        Assert.True(response.IsSuccessStatusCode);
    }
}
