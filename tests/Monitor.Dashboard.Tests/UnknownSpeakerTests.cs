using static Microsoft.Playwright.Assertions;

namespace Monitor.Dashboard.Tests;

/// <summary>The registry shows the unknown-speaker queue once the service has one.</summary>
public sealed class UnknownSpeakerTests(UnknownSpeakerFixture fixture) : IClassFixture<UnknownSpeakerFixture>
{
    [Fact]
    public async Task Registry_lists_the_unknown_speakers_as_text_when_the_endpoint_answers()
    {
        await using var dashboard = await fixture.OpenAsync();
        var page = dashboard.Page;
        await page.GotoAsync("/#/registry");

        var queue = page.Locator("ul.unknown-speakers li");
        await Expect(queue).ToHaveTextAsync(["Wang Wenbin (3 statements)", "<i>Unnamed</i> official (1 statement)"]);
        Assert.Equal(0, await page.Locator("ul.unknown-speakers i").CountAsync());
        dashboard.AssertNoScriptErrors();
    }
}
