using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Monitor.Dashboard.Tests;

/// <summary>Statements posted through the API while the dashboard is open; each test uses its own topic.</summary>
public sealed class LiveAlertTests(LiveFixture fixture, ITestOutputHelper output) : IClassFixture<LiveFixture>
{
    /// <summary>The dashboard polls every 3 seconds; this leaves room for a busy machine.</summary>
    private static readonly TimeSpan PollingAllowance = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_contradiction_posted_through_the_API_appears_on_the_open_overview_without_a_reload()
    {
        await using var dashboard = await fixture.OpenAsync();
        var page = dashboard.Page;
        await page.GotoAsync("/");
        await Expect(page.Locator(".actor-card[data-actor='china']")).ToBeVisibleAsync();
        await page.EvaluateAsync("window.sameDocument = true");

        var topic = NewTopic();
        await PostReversalAsync(topic, "China supports the new trade corridor through the region.", "China opposes the new trade corridor through the region.");
        var alert = await fixture.Service.WaitForAlertAsync("china", topic);
        var raised = Stopwatch.StartNew();

        var item = page.Locator($".alert-item[data-alert='{alert["id"]}']");
        await Expect(item).ToBeVisibleAsync(new() { Timeout = (float)PollingAllowance.TotalMilliseconds });
        output.WriteLine($"alert shown {raised.ElapsedMilliseconds} ms after the API had it");
        Assert.True(raised.Elapsed < TimeSpan.FromSeconds(5), $"one 3-second poll should bring the alert; it took {raised.ElapsedMilliseconds} ms");
        await Expect(item).ToContainTextAsync("Stance reversal: China");
        await Expect(item).ToContainTextAsync("China opposes the new trade corridor");
        await Expect(item.Locator(".new-tag")).ToHaveTextAsync("new");
        Assert.True(await page.EvaluateAsync<bool>("window.sameDocument === true"), "the page was reloaded");
        var count = (await fixture.Service.GetJsonAsync("/api/actors/china"))["statementCount"]!.GetValue<long>();
        await Expect(page.Locator(".actor-card[data-actor='china']")).ToContainTextAsync($"{count} statements", new() { Timeout = (float)PollingAllowance.TotalMilliseconds });
        dashboard.AssertNoScriptErrors();
    }

    [Fact]
    public async Task Alert_page_marks_the_conflicting_stance_words()
    {
        var topic = NewTopic();
        await PostReversalAsync(topic,
            "China supports a stronger partnership on the corridor, including an office in the port.",
            "China does not support an office in the port and opposes the corridor.");
        var alert = await fixture.Service.WaitForAlertAsync("china", topic);

        await using var dashboard = await fixture.OpenAsync();
        var page = dashboard.Page;
        await page.GotoAsync($"/#/alert/{alert["id"]}");

        await Expect(page.Locator(".side.earlier mark")).ToHaveTextAsync(["supports", "stronger partnership", "including"]);
        await Expect(page.Locator(".side.later mark")).ToHaveTextAsync(["does", "not support", "opposes"]);
        await Expect(page.Locator(".side.later mark.stance")).ToHaveTextAsync(["not support", "opposes"]);
        await Expect(page.Locator(".side.earlier blockquote")).ToHaveTextAsync("China supports a stronger partnership on the corridor, including an office in the port.");
        await Expect(page.Locator(".facts")).ToContainTextAsync("Stance reversal");
        await Expect(page.Locator(".facts")).ToContainTextAsync("high");
        await Expect(page.Locator(".side.later").GetByRole(AriaRole.Link, new() { Name = "Test Wire" })).ToHaveAttributeAsync("href", $"https://wire.example/{topic}-2");
        dashboard.AssertNoScriptErrors();
    }

    [Fact]
    public async Task Dismissing_with_a_reason_in_the_page_changes_the_status_and_the_API_agrees()
    {
        var topic = NewTopic();
        await PostReversalAsync(topic, "China supports the rail link.", "China opposes the rail link.");
        var alert = await fixture.Service.WaitForAlertAsync("china", topic);
        var id = alert["id"]!.ToString();

        await using var dashboard = await fixture.OpenAsync();
        var page = dashboard.Page;
        await page.GotoAsync($"/#/alert/{id}");
        await Expect(page.Locator("#alert-status")).ToHaveTextAsync("open");

        await page.GetByRole(AriaRole.Button, new() { Name = "Dismiss…" }).ClickAsync();
        await page.GetByLabel("Why is this not a contradiction worth keeping?").FillAsync("Two different rail links.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dismiss alert" }).ClickAsync();

        await Expect(page.Locator("#alert-status")).ToHaveTextAsync("dismissed");
        await Expect(page.Locator("#alert-status-reason")).ToHaveTextAsync("Two different rail links.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" })).ToBeDisabledAsync();
        var stored = await fixture.Service.GetJsonAsync($"/api/alerts/{id}");
        Assert.Equal("dismissed", stored["status"]!.ToString());
        Assert.Equal("Two different rail links.", stored["statusReason"]!.ToString());

        await page.GetByRole(AriaRole.Link, new() { Name = "Overview" }).First.ClickAsync();
        await Expect(page.Locator($".alert-item[data-alert='{id}'] .status-dismissed")).ToHaveTextAsync("dismissed");
        dashboard.AssertNoScriptErrors();
    }

    [Fact]
    public async Task Acknowledging_then_resolving_in_the_page_moves_the_alert_along()
    {
        var topic = NewTopic();
        await PostReversalAsync(topic, "China supports the port upgrade.", "China opposes the port upgrade.");
        var id = (await fixture.Service.WaitForAlertAsync("china", topic))["id"]!.ToString();

        await using var dashboard = await fixture.OpenAsync();
        var page = dashboard.Page;
        await page.GotoAsync($"/#/alert/{id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await Expect(page.Locator("#alert-status")).ToHaveTextAsync("acknowledged");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" })).ToBeDisabledAsync();
        Assert.Equal("acknowledged", (await fixture.Service.GetJsonAsync($"/api/alerts/{id}"))["status"]!.ToString());

        await page.GetByRole(AriaRole.Button, new() { Name = "Resolve" }).ClickAsync();
        await Expect(page.Locator("#alert-status")).ToHaveTextAsync("resolved");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Resolve" })).ToBeDisabledAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Dismiss…" })).ToBeDisabledAsync();
        Assert.Equal("resolved", (await fixture.Service.GetJsonAsync($"/api/alerts/{id}"))["status"]!.ToString());
        dashboard.AssertNoScriptErrors();
    }

    [Fact]
    public async Task Markup_in_statement_text_is_shown_as_text_and_never_runs()
    {
        const string Markup = "<script>window.injected = true</script> and <b>bold</b> <img src=x onerror=\"window.injected = true\">";
        var topic = NewTopic();
        await PostReversalAsync(topic, $"China supports the canal plan {Markup}", $"China opposes the canal plan {Markup}");
        var alert = await fixture.Service.WaitForAlertAsync("china", topic);

        await using var dashboard = await fixture.OpenAsync();
        var page = dashboard.Page;
        foreach (var (path, text) in new[]
        {
            ($"/#/actor/china?topic={topic}", page.Locator("article.statement blockquote")),
            ($"/#/alert/{alert["id"]}", page.Locator(".side blockquote")),
            ("/", page.Locator($".alert-item[data-alert='{alert["id"]}'] .excerpt")),
        })
        {
            await page.GotoAsync(path);
            await Expect(text.First).ToContainTextAsync(Markup);
            Assert.Equal(0, await page.Locator("main script, main b, main img").CountAsync());
        }
        await page.WaitForTimeoutAsync(300);
        Assert.False(await page.EvaluateAsync<bool>("window.injected === true"), "markup from a statement ran");
        dashboard.AssertNoScriptErrors();
    }

    [Fact]
    public async Task A_long_history_is_drawn_a_hundred_statements_at_a_time()
    {
        var topic = NewTopic();
        var statements = Enumerable.Range(0, 150).Select(i =>
            Statement($"{topic}-{i:D3}", $"Statement {i} on the harbour.", new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(i).ToString("O"), topic, "neutral")).ToArray();
        await fixture.Service.PostStatementsAsync(statements);

        await using var dashboard = await fixture.OpenAsync();
        var page = dashboard.Page;
        await page.GotoAsync($"/#/actor/china?topic={topic}");
        await Expect(page.Locator("article.statement")).ToHaveCountAsync(100);
        await Expect(page.Locator("article.statement").First).ToContainTextAsync("Statement 149 on the harbour.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show 50 more" }).ClickAsync();
        await Expect(page.Locator("article.statement")).ToHaveCountAsync(150);
        await Expect(page.Locator("article.statement").Nth(100)).ToBeFocusedAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Show 50 more" })).ToBeHiddenAsync();
        dashboard.AssertNoScriptErrors();
    }

    private static string NewTopic() => "test-" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>Two statements by China on one topic, support then oppose: a stance reversal.</summary>
    private Task PostReversalAsync(string topic, string earlier, string later) =>
        fixture.Service.PostStatementsAsync(
            Statement($"{topic}-1", earlier, "2024-03-01T08:00:00Z", topic, "support"),
            Statement($"{topic}-2", later, "2024-04-02T08:00:00Z", topic, "oppose"));

    private static object Statement(string id, string text, string saidAt, string topic, string stance) => new
    {
        id, actor = "china", speaker = "Mao Ning", text, saidAt, topic, stance, mode = "assert",
        source = new { name = "Test Wire", url = "https://wire.example/" + id, documentId = "doc-" + id },
    };
}
