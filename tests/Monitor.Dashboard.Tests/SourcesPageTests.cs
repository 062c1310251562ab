using System.Net.Http.Json;
using Microsoft.Playwright;
using Monitor.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Monitor.Dashboard.Tests;

/// <summary>A feed server on loopback, allow-listed, and a service with a reader and a writer key.</summary>
public sealed class SourcesFixture : ServiceAndBrowser
{
    public const string ReaderKey = "reader-key-0123456789";
    public const string WriterKey = "writer-key-0123456789";

    public FeedServer Feeds { get; } = FeedServer.Start();

    protected override IEnumerable<string> Arguments =>
    [
        "--Monitor:Sources:AllowedHosts:0=127.0.0.1",
        $"--Monitor:ApiKeys:0:Key={ReaderKey}", "--Monitor:ApiKeys:0:Roles:0=read",
        $"--Monitor:ApiKeys:1:Key={WriterKey}", "--Monitor:ApiKeys:1:Roles:0=read", "--Monitor:ApiKeys:1:Roles:1=write",
    ];

    protected override string? ApiKey => WriterKey;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Feeds.DisposeAsync();
    }
}

/// <summary>The Sources page: status per source, its last error, items per poll, and Poll now for writers only.</summary>
public sealed class SourcesPageTests(SourcesFixture fixture) : IClassFixture<SourcesFixture>
{
    [Fact]
    public async Task Sources_show_their_status_and_last_error_and_a_writer_can_poll_now()
    {
        fixture.Feeds.Set("/good", new Reply(FeedDocuments.Rss("Ardenia Wire", new FeedItem("Ports",
            "https://wire.example/ports", "\"The ports will stay open,\" said Marek Dolan, a harbour official.", new DateTimeOffset(2024, 5, 6, 9, 0, 0, TimeSpan.Zero), "p-1"))));
        fixture.Feeds.Set("/broken", new Reply("<rss><channel><item>cut off"));
        Assert.True((await fixture.Service.Client.PutAsJsonAsync("/api/sources/ardenia-wire", new { name = "Ardenia Wire", url = fixture.Feeds.Url("/good"), interval = "01:00:00" })).IsSuccessStatusCode);
        Assert.True((await fixture.Service.Client.PutAsJsonAsync("/api/sources/broken-wire", new { name = "Broken Wire", url = fixture.Feeds.Url("/broken"), interval = "01:00:00" })).IsSuccessStatusCode);
        Assert.True((await fixture.Service.Client.PostAsync("/api/sources/broken-wire/poll", null)).IsSuccessStatusCode);

        await using var dashboard = await fixture.OpenAsync();
        var page = dashboard.Page;
        await page.GotoAsync("/");
        await page.GetByLabel("API key", new() { Exact = true }).FillAsync(SourcesFixture.WriterKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use key" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Sources" }).ClickAsync();

        var broken = page.Locator(".source-card[data-source='broken-wire']");
        await Expect(broken.Locator(".last-error")).ToContainTextAsync("not valid RSS or Atom");
        await Expect(broken).ToContainTextAsync("1 failures");
        var good = page.Locator(".source-card[data-source='ardenia-wire']");
        await Expect(good.Locator(".items-seen")).ToHaveTextAsync("0");
        await good.GetByRole(AriaRole.Button, new() { Name = "Poll now" }).ClickAsync();
        await Expect(page.Locator(".source-card[data-source='ardenia-wire'] .items-seen")).ToHaveTextAsync("1");
        await Expect(page.Locator(".source-card[data-source='ardenia-wire'] .items-chart rect")).ToHaveCountAsync(1);

        // A reader sees the same page without the button.
        await page.GetByRole(AriaRole.Button, new() { Name = "Forget API key" }).ClickAsync();
        await page.GetByLabel("API key", new() { Exact = true }).FillAsync(SourcesFixture.ReaderKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use key" }).ClickAsync();
        await Expect(page.Locator(".source-card")).ToHaveCountAsync(2);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Poll now" })).ToHaveCountAsync(0);
        await Expect(page.Locator("main")).ToContainTextAsync("may only read");
    }

    [Fact]
    public async Task An_example_carries_its_badge_and_a_sample_statement_names_its_outlet_without_one()
    {
        // The sample holds only reported statements; an illustration posted with "example" is badged wherever it shows.
        Assert.True((await fixture.Service.Client.PutAsJsonAsync("/api/actors/ardenia", new { name = "Ardenia", aliases = new[] { "Ardenia" } })).IsSuccessStatusCode);
        await fixture.Service.PostStatementsAsync(
            Example("badge-1", "Ardenia supports the harbour treaty.", "2024-03-01T08:00:00Z", "support"),
            Example("badge-2", "Ardenia opposes the harbour treaty.", "2024-04-02T08:00:00Z", "oppose"));
        await fixture.Service.WaitForAlertAsync("ardenia", "harbour-treaty");

        await using var dashboard = await fixture.OpenAsync();
        var page = dashboard.Page;
        await page.GotoAsync("/");
        await page.GetByLabel("API key", new() { Exact = true }).FillAsync(SourcesFixture.ReaderKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use key" }).ClickAsync();
        await Expect(page.Locator(".alert-item .badge.example")).ToHaveCountAsync(1);
        await Expect(page.Locator(".alert-item", new() { HasText = "Ardenia" }).Locator(".badge.example")).ToHaveTextAsync("example");

        await page.GotoAsync("/#/actor/ardenia");
        await Expect(page.Locator("article.statement[data-statement='badge-2'] .badge.example")).ToHaveTextAsync("example");

        await page.GotoAsync("/#/actor/gop");
        var statement = page.Locator("article.statement[data-statement='pn-ryan-0505']");
        await Expect(statement).ToContainTextAsync("Paul Ryan");
        await Expect(statement.Locator(".statement-sources")).ToContainTextAsync("Politico");
        await Expect(statement.Locator(".badge.example")).ToHaveCountAsync(0);
    }

    private static object Example(string id, string text, string saidAt, string stance) => new
    {
        id, actor = "ardenia", speaker = "Ardenian foreign ministry", text, saidAt, topic = "harbour-treaty", stance, mode = "assert", example = true,
        source = new { name = "Example Wire", documentId = "doc-" + id },
    };
}
