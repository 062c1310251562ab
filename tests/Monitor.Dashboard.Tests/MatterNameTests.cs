using System.Net.Http.Json;
using static Microsoft.Playwright.Assertions;

namespace Monitor.Dashboard.Tests;

/// <summary>
/// A matter nobody configured, from real articles: two remarks on it in other words share one position, which the
/// API names and the actor page charts under that name rather than under its key.
/// </summary>
public sealed class MatterNameTests(LiveFixture fixture) : IClassFixture<LiveFixture>
{
    [Fact]
    public async Task Remarks_on_an_unconfigured_matter_in_other_words_chart_as_one_named_position()
    {
        using var defined = await fixture.Service.Client.PutAsJsonAsync("/api/actors/ardenia", new
        {
            name = "Ardenia", aliases = new[] { "Ardenia" },
            speakers = new[] { new { name = "Ivo Kral", role = "Transport minister", from = "2020-01-01" } },
        });
        defined.EnsureSuccessStatusCode();
        await PostArticleAsync("dash-matter-1", "2024-03-04T08:00:00Z",
            "\"We fully support building a deep-water port at Tusan,\" said Ivo Kral, Ardenia's transport minister.");
        await PostArticleAsync("dash-matter-2", "2024-05-06T08:00:00Z",
            "\"We oppose the construction of the Tusan port,\" Ivo Kral said on Monday.");

        var position = Assert.Single((await fixture.Service.GetJsonAsync("/api/actors/ardenia/positions")).AsArray())!;
        var topic = position["topic"]!.ToString();
        var name = position["name"]!.ToString();
        Assert.StartsWith("~auto-", topic);
        Assert.Contains("tusan", name);
        Assert.Equal(["support", "oppose"], position["timeline"]!.AsArray().Select(p => p!["stance"]!.ToString()));

        await using var dashboard = await fixture.OpenAsync();
        var page = dashboard.Page;
        await page.GotoAsync("/#/actor/ardenia");
        var chart = page.Locator($"figure.chart[data-topic='{topic}']");
        await Expect(chart.Locator("strong").First).ToHaveTextAsync(name);
        await Expect(chart.Locator("a.point")).ToHaveCountAsync(2);
        await Expect(page.Locator("article.statement .statement-topic").First).ToHaveTextAsync(name);
        dashboard.AssertNoScriptErrors();
    }

    private async Task PostArticleAsync(string id, string publishedAt, string text)
    {
        using var posted = await fixture.Service.Client.PostAsJsonAsync("/api/documents", new { id, source = "Ledger", publishedAt, text });
        posted.EnsureSuccessStatusCode();
    }
}
