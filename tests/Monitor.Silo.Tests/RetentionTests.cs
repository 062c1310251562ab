using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Abstractions.Grains;
using static Monitor.Silo.Tests.Json;

namespace Monitor.Silo.Tests;

/// <summary>
/// Monitor:Retention with limits of seconds on a real service: its reminder deletes old statements and closed alerts,
/// and leaves the open alert and the statements it cites.
/// </summary>
public sealed class RetentionTests
{
    [Fact]
    public async Task The_retention_reminder_deletes_old_statements_and_closed_alerts_but_not_an_open_alert_or_what_it_cites()
    {
        await using var service = await RunningService.StartAsync(
        [
            "--no-sample", "--Monitor:Embeddings=false",
            "--Monitor:Retention:StatementMaxAge=00:00:02", "--Monitor:Retention:AlertMaxAge=00:00:02", "--Monitor:Retention:Interval=00:00:01",
        ]);
        var client = service.Client;
        using (var posted = await client.PostAsync("/api/statements", Body(new[]
        {
            Statement("keep-1", "japan", "Japan supports the pact.", "2024-03-01T08:00:00Z", "pact", "support"),
            Statement("keep-2", "japan", "Japan opposes the pact.", "2024-03-05T08:00:00Z", "pact", "oppose"),
            Statement("go-1", "japan", "Japan supports the tariff.", "2024-03-01T09:00:00Z", "tariff", "support"),
            Statement("go-2", "japan", "Japan opposes the tariff.", "2024-03-05T09:00:00Z", "tariff", "oppose"),
            Statement("go-3", "japan", "Japan welcomes the visit.", "2024-03-02T09:00:00Z", "visit", "support"),
        })))
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);

        // The tariff's alert is resolved, so nothing holds its statements; the pact's stays open.
        JsonArray alerts = [];
        for (var attempt = 0; attempt < 300 && !(alerts.Any(a => (string?)a!["topic"] == "pact") && alerts.Any(a => (string?)a!["topic"] == "tariff")); attempt++)
        {
            await Task.Delay(50);
            alerts = (await GetAsync(client, "/api/alerts?limit=1000"))["items"]!.AsArray();
        }
        var open = alerts.Where(a => (string?)a!["topic"] == "pact").Select(a => (string)a!["id"]!).ToArray();
        var closed = alerts.Where(a => (string?)a!["topic"] == "tariff").Select(a => (string)a!["id"]!).ToArray();
        Assert.NotEmpty(open);
        Assert.NotEmpty(closed);
        foreach (var id in closed)
        {
            using var resolved = await client.PostAsync($"/api/alerts/{id}/resolve", null);
            Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        }

        // Nothing is asked of the service: only its reminder can delete.
        // Alerts are raised just after their statements are recorded, so a pass may take the statements and leave the alert for the next.
        string[] left = [];
        JsonArray remaining = [];
        for (var attempt = 0; attempt < 150; attempt++)
        {
            left = [.. (await GetAsync(client, "/api/actors/japan/statements?limit=1000"))["items"]!.AsArray().Select(s => (string)s!["id"]!)];
            remaining = (await GetAsync(client, "/api/alerts?limit=1000"))["items"]!.AsArray();
            if (left.Length == 2 && !remaining.Any(a => closed.Contains((string?)a!["id"]))) break;
            await Task.Delay(100);
        }
        Assert.Equal(["keep-1", "keep-2"], left);
        // Another open alert on the pact may have come after the first (a second detector): it is kept too, and cites the same two.
        Assert.Subset(remaining.Select(a => (string)a!["id"]!).ToHashSet(), open.ToHashSet());
        Assert.All(remaining, a =>
        {
            Assert.Equal("open", (string?)a!["status"]);
            Assert.Equal(["keep-1", "keep-2"], new[] { (string)a["earlier"]!["statementId"]!, (string)a["later"]!["statementId"]! }.Order());
        });
        foreach (var id in closed)
        {
            using var gone = await client.GetAsync($"/api/alerts/{id}");
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        }

        // The log goes on numbering after what it deleted, and the actor still counts every statement it ever recorded.
        using (var more = await client.PostAsync("/api/statements", Body(Statement("later-1", "japan", "Japan welcomes the summit.", "2024-03-09T09:00:00Z", "summit", "support"))))
            Assert.Equal(6L, (long)(await ReadAsync(more))["statements"]![0]!["sequence"]!);
        // A pass now finds nothing old, and names the two statements the open alert holds.
        Assert.Equal(new RetentionPass(0, 0, 2), await service.Services.GetRequiredService<IGrainFactory>().GetGrain<IRetentionGrain>(IRetentionGrain.Key).Apply());
    }

    [Fact]
    public async Task A_retention_limit_that_is_not_positive_stops_the_service_from_starting()
    {
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => RunningService.StartAsync(["--no-sample", "--Monitor:Retention:StatementMaxAge=-00:00:01"]));
        Assert.Contains("StatementMaxAge", refused.Message);
    }
}
