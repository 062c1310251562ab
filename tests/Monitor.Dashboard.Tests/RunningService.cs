using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Silo;
using Monitor.TestSupport;

namespace Monitor.Dashboard.Tests;

/// <summary>The real service — silo, Kestrel on a free loopback port, embedded store with the sample corpus in a temporary folder.</summary>
public sealed class RunningService : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningService(WebApplication app, string dataDirectory, Uri address, string? apiKey)
    {
        _app = app;
        DataDirectory = dataDirectory;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        if (apiKey is not null) Client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
    }

    public string DataDirectory { get; }

    /// <summary>Where the dashboard is, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; }

    /// <summary>A client for the API, with the write key when keys are configured.</summary>
    public HttpClient Client { get; }

    public static async Task<RunningService> StartAsync(IEnumerable<string>? extraArgs = null, string? apiKey = null, Action<WebApplicationBuilder>? configure = null)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "monitor-dashboard-" + Guid.NewGuid().ToString("N"));
        var args = new List<string>
        {
            "--urls", "http://127.0.0.1:0",
            "--data", dataDirectory,
            "--silo-port", LoopbackPorts.Next().ToString(),
            "--gateway-port", LoopbackPorts.Next().ToString(),
            "--log-level", "Warning",
        };
        args.AddRange(extraArgs ?? []);
        var app = MonitorHost.Build(args, configure);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningService(app, dataDirectory, new Uri(address.TrimEnd('/') + "/"), apiKey);
    }


    public async Task<JsonNode> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    public async Task PostStatementsAsync(params object[] statements)
    {
        using var response = await Client.PostAsJsonAsync("/api/statements", statements);
        Assert.True(response.IsSuccessStatusCode, $"POST /api/statements: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Waits for the alert the watcher raises for an actor and topic (detection runs after the statement is durable).</summary>
    public async Task<JsonNode> WaitForAlertAsync(string actor, string topic, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var page = await GetJsonAsync($"/api/alerts?since=0&actor={actor}&topic={topic}");
            if (page["items"]!.AsArray() is [var first, ..]) return first!;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"No alert for {actor} on {topic}.");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }
}
