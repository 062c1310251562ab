using System.Net.Http.Json;
using static Microsoft.Playwright.Assertions;

namespace Monitor.Dashboard.Tests;

/// <summary>The registry shows the speakers and outlets no actor claims, taken from real articles.</summary>
public sealed class UnknownSpeakerTests(LiveFixture fixture) : IClassFixture<LiveFixture>
{
    [Fact]
    public async Task Registry_lists_the_unknown_speakers_found_in_an_article()
    {
        using var posted = await fixture.Service.Client.PostAsJsonAsync("/api/documents", new
        {
            id = "dash-unknown-1", source = "Ledger", publishedAt = "2023-10-02T08:00:00Z",
            text = "\"The port deal is finished,\" said Elena Markovic, a trade envoy. \"We expect more talks,\" Markovic added.",
        });
        posted.EnsureSuccessStatusCode();
        await using var dashboard = await fixture.OpenAsync();
        var page = dashboard.Page;
        await page.GotoAsync("/#/registry");

        var entry = page.Locator("ul.unknown-speakers li", new() { HasTextString = "Elena Markovic" });
        await Expect(entry).ToHaveTextAsync("Elena Markovic (person, 2 statements)");
        dashboard.AssertNoScriptErrors();
    }
}
