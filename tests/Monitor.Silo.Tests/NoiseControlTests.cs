using System.Text.Json.Nodes;
using static Monitor.Silo.Tests.Json;

namespace Monitor.Silo.Tests;

/// <summary>De-duplication, grouping, inhibition and the feedback summary, each on a corpus that triggers it.</summary>
[Collection(ServiceCollection.Name)]
public sealed class NoiseControlTests(ServiceFixture fixture)
{
    private HttpClient Client => fixture.Client;

    private async Task PostAsync(params object[] statements)
    {
        var response = await Client.PostAsync("/api/statements", Body(statements));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<JsonArray> AlertsAsync(string actor) => (await GetAsync(Client, $"/api/alerts?actor={actor}"))["items"]!.AsArray();

    [Fact]
    public async Task The_same_contradiction_carried_by_another_outlet_adds_a_source_instead_of_a_new_alert()
    {
        await Client.PutAsync("/api/actors/dedup", Body(new { name = "Dedup" }));
        await PostAsync(
            Statement("dd-1", "dedup", "We support the canal treaty.", "2024-06-01T09:00:00Z", "canal", "support"),
            Statement("dd-2", "dedup", "We oppose the canal treaty.", "2024-06-09T09:00:00Z", "canal", "oppose"));
        var again = new Dictionary<string, object?>
        {
            ["id"] = "dd-2-other-outlet", ["actor"] = "dedup", ["speaker"] = "Test Speaker", ["text"] = "We oppose the canal treaty.",
            ["saidAt"] = "2024-06-09T15:00:00Z", ["topic"] = "canal", ["stance"] = "oppose",
            ["source"] = new { name = "Second Outlet", url = "https://second.example/canal" },
        };
        await PostAsync(again);

        var alert = Assert.Single(await AlertsAsync("dedup"))!;
        Assert.Equal(["Test Wire", "Second Outlet"], alert["later"]!["sources"]!.AsArray().Select(s => (string?)s!["name"]));
    }

    [Fact]
    public async Task Alerts_on_one_actor_and_topic_within_the_window_share_a_group_and_a_reversal_suppresses_lesser_ones()
    {
        await Client.PutAsync("/api/actors/noisy", Body(new { name = "Noisy" }));
        await PostAsync(
            Statement("nz-1", "noisy", "We support the border plan.", "2024-07-01T09:00:00Z", "border", "support"),
            Statement("nz-2", "noisy", "We oppose the border plan.", "2024-07-02T09:00:00Z", "border", "oppose"));
        await PostAsync(
            Statement("nz-3", "noisy", "The ministry will open a border post in Narva.", "2024-07-03T09:00:00Z", "border", "neutral", "assert"),
            Statement("nz-4", "noisy", "The ministry denies it will open a border post in Narva.", "2024-07-04T09:00:00Z", "border", "neutral", "deny"));
        await PostAsync(
            Statement("nz-5", "noisy", "The ministry will open a border post in Tartu.", "2024-09-20T09:00:00Z", "border", "neutral", "assert"),
            Statement("nz-6", "noisy", "The ministry denies it will open a border post in Tartu.", "2024-09-21T09:00:00Z", "border", "neutral", "deny"));

        var alerts = await AlertsAsync("noisy");
        var reversal = alerts.Single(a => (string?)a!["kind"] == "stance-reversal")!;
        var inWindow = alerts.Single(a => (string?)a!["later"]!["statementId"] == "nz-4")!;
        var later = alerts.Single(a => (string?)a!["later"]!["statementId"] == "nz-6")!;
        Assert.Equal((string?)reversal["id"], (string?)inWindow["groupId"]);
        Assert.Equal((string?)reversal["id"], (string?)inWindow["suppressedBy"]);
        Assert.Null(later["suppressedBy"]);
        Assert.Equal((string?)later["id"], (string?)later["groupId"]);
    }

    [Fact]
    public async Task Dismissals_are_counted_per_kind_and_detector()
    {
        await Client.PutAsync("/api/actors/feedback", Body(new { name = "Feedback" }));
        await PostAsync(
            Statement("fb-1", "feedback", "We support the dam.", "2024-08-01T09:00:00Z", "dam", "support"),
            Statement("fb-2", "feedback", "We oppose the dam.", "2024-08-02T09:00:00Z", "dam", "oppose"));
        var before = (int)((await GetAsync(Client, "/api/feedback/summary"))["byKind"]!["stance-reversal"]?["byStatus"]!["dismissed"] ?? 0);
        var id = (string)(await AlertsAsync("feedback"))[0]!["id"]!;
        await Client.PostAsync($"/api/alerts/{id}/dismiss", Body(new { reason = "wrong speaker" }));

        var summary = await GetAsync(Client, "/api/feedback/summary");

        Assert.Equal(before + 1, (int)summary["byKind"]!["stance-reversal"]!["byStatus"]!["dismissed"]!);
        Assert.True((int)summary["byDetector"]!["stance-reversal/v1"]!["byStatus"]!["dismissed"]! >= 1);
    }
}
