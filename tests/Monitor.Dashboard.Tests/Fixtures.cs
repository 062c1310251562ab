using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Monitor.Dashboard.Tests;

/// <summary>A service and a browser for one test class.</summary>
public abstract class ServiceAndBrowser : IAsyncLifetime
{
    public RunningService Service { get; private set; } = null!;

    public DashboardBrowser Browser { get; private set; } = null!;

    protected virtual IEnumerable<string> Arguments => [];

    protected virtual string? ApiKey => null;

    protected virtual Action<WebApplicationBuilder>? Configure => null;

    public async Task InitializeAsync()
    {
        Service = await RunningService.StartAsync(Arguments, ApiKey, Configure);
        Browser = await DashboardBrowser.LaunchAsync();
        await WarmUpAsync();
    }

    /// <summary>
    /// Serves the dashboard and what the overview reads once, so timings measure the dashboard
    /// against a running service rather than the just-started process compiling its first requests.
    /// </summary>
    private async Task WarmUpAsync()
    {
        var actors = await Service.GetJsonAsync("/api/actors");
        await Service.GetJsonAsync("/api/topics");
        await Service.GetJsonAsync("/api/alerts?since=0");
        foreach (var actor in actors.AsArray())
            await Service.GetJsonAsync($"/api/actors/{actor!["id"]}/positions");
        await using var page = await OpenAsync();
        await page.Page.GotoAsync("/", new() { WaitUntil = WaitUntilState.NetworkIdle });
    }

    public virtual async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Service.DisposeAsync();
    }

    public Task<DashboardPage> OpenAsync(int width = 1280, int height = 800, string timeZone = "Europe/London") =>
        Browser.OpenAsync(Service.Address, width, height, timeZone);
}

/// <summary>The sample corpus and nothing else: tests that only read, so what they see is exactly the sample.</summary>
public sealed class SampleFixture : ServiceAndBrowser;

[CollectionDefinition(Name)]
public sealed class SampleCollection : ICollectionFixture<SampleFixture>
{
    public const string Name = "sample corpus";
}

/// <summary>A service the tests write into; each writes under its own topic so they stay independent.</summary>
public sealed class LiveFixture : ServiceAndBrowser;

/// <summary>API keys configured: a reader and a writer.</summary>
public sealed class KeyedFixture : ServiceAndBrowser
{
    public const string ReaderKey = "reader-key-0123456789";
    public const string WriterKey = "writer-key-0123456789";

    protected override IEnumerable<string> Arguments =>
    [
        $"--Monitor:ApiKeys:0:Key={ReaderKey}", "--Monitor:ApiKeys:0:Roles:0=read",
        $"--Monitor:ApiKeys:1:Key={WriterKey}", "--Monitor:ApiKeys:1:Roles:0=read", "--Monitor:ApiKeys:1:Roles:1=write",
    ];

    protected override string? ApiKey => WriterKey;
}
