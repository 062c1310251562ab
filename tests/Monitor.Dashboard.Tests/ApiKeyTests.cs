using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Monitor.Dashboard.Tests;

/// <summary>With API keys configured the dashboard asks for one, keeps it for the tab, and shows writes only to writers.</summary>
public sealed class ApiKeyTests(KeyedFixture fixture) : IClassFixture<KeyedFixture>
{
    [Fact]
    public async Task The_dashboard_asks_for_a_key_and_then_works_with_it()
    {
        await using var dashboard = await fixture.OpenAsync();
        var page = dashboard.Page;
        var keysSent = new List<string?>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/", StringComparison.Ordinal)) lock (keysSent) keysSent.Add(request.Headers.GetValueOrDefault("x-api-key"));
        };
        await page.GotoAsync("/");

        var key = page.GetByLabel("API key", new() { Exact = true });
        await Expect(key).ToBeFocusedAsync();
        await key.FillAsync("not-a-key");
        await page.GetByRole(AriaRole.Button, new() { Name = "Use key" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("not accepted");

        await page.GetByLabel("API key", new() { Exact = true }).FillAsync(KeyedFixture.ReaderKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use key" }).ClickAsync();
        await Expect(page.Locator(".actor-card[data-actor='gop']")).ToContainTextAsync("3 statements");
        await Expect(page.Locator(".alert-item")).ToHaveCountAsync(2);

        Assert.Equal(KeyedFixture.ReaderKey, await page.EvaluateAsync<string>("sessionStorage.getItem('monitor.apiKey')"));
        Assert.DoesNotContain(KeyedFixture.ReaderKey, page.Url, StringComparison.Ordinal);
        lock (keysSent) Assert.Contains(KeyedFixture.ReaderKey, keysSent);

        // A reader sees no way to write.
        await page.Locator(".alert-item a").First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" })).ToBeDisabledAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("may only read");
        await page.GetByRole(AriaRole.Link, new() { Name = "Registry" }).ClickAsync();
        await Expect(page.Locator("[data-registry-actor='china']")).ToBeVisibleAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Edit China" }).CountAsync());

        // The key outlives a reload of the tab, and is gone once forgotten.
        await page.ReloadAsync();
        await Expect(page.Locator("[data-registry-actor='china']")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Forget API key" }).ClickAsync();
        await Expect(page.GetByLabel("API key", new() { Exact = true })).ToBeVisibleAsync();
        Assert.Null(await page.EvaluateAsync<string?>("sessionStorage.getItem('monitor.apiKey')"));
        dashboard.AssertNoScriptErrors();
    }

    [Fact]
    public async Task A_writer_edits_an_actor_in_the_registry_and_the_API_has_the_change()
    {
        await using var dashboard = await fixture.OpenAsync();
        var page = dashboard.Page;
        await page.GotoAsync("/#/registry");
        await page.GetByLabel("API key", new() { Exact = true }).FillAsync(KeyedFixture.WriterKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use key" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Edit Japan" }).ClickAsync();
        var editor = page.GetByRole(AriaRole.Form, new() { Name = "Edit Japan" });
        await editor.GetByLabel("Aliases").FillAsync("Japan\nTokyo\nthe Japanese government\nKasumigaseki");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Add speaker" }).ClickAsync();
        await editor.GetByLabel("Speaker name").Last.FillAsync("Yoko Kamikawa");
        await editor.GetByLabel("Role").Last.FillAsync("Foreign Minister");
        await editor.GetByLabel("From").Last.FillAsync("2023-09-13");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        var japan = page.Locator("[data-registry-actor='japan']");
        await Expect(japan.Locator(".chips li", new() { HasText = "Kasumigaseki" })).ToBeVisibleAsync();
        await Expect(japan.Locator("tr", new() { HasText = "Yoko Kamikawa" })).ToContainTextAsync("Foreign Minister");

        var stored = await fixture.Service.GetJsonAsync("/api/actors/japan");
        Assert.Equal("Japan", stored["name"]!.ToString());
        Assert.Contains("Kasumigaseki", stored["aliases"]!.AsArray().Select(a => a!.ToString()));
        var kamikawa = stored["speakers"]!.AsArray().Single(s => s!["name"]!.ToString() == "Yoko Kamikawa")!;
        Assert.Equal("2023-09-13", kamikawa["from"]!.ToString());
        dashboard.AssertNoScriptErrors();
    }

    [Fact]
    public async Task A_writer_adds_an_actor_that_the_overview_then_tracks()
    {
        await using var dashboard = await fixture.OpenAsync();
        var page = dashboard.Page;
        await page.GotoAsync("/#/registry");
        await page.GetByLabel("API key", new() { Exact = true }).FillAsync(KeyedFixture.WriterKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use key" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Add an actor" }).ClickAsync();
        var editor = page.GetByRole(AriaRole.Form, new() { Name = "New actor" });
        await editor.GetByLabel("Id").FillAsync("france");
        await editor.GetByLabel("Name", new() { Exact = true }).FillAsync("France");
        await editor.GetByLabel("Aliases").FillAsync("France\nParis\nthe Elysee");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator("[data-registry-actor='france'] .chips li")).ToHaveTextAsync(["France", "Paris", "the Elysee"]);

        await page.GetByRole(AriaRole.Link, new() { Name = "Overview" }).ClickAsync();
        await Expect(page.Locator(".actor-card[data-actor='france']")).ToContainTextAsync("0 statements");
        Assert.Equal("France", (await fixture.Service.GetJsonAsync("/api/actors/france"))["name"]!.ToString());
        dashboard.AssertNoScriptErrors();
    }
}
