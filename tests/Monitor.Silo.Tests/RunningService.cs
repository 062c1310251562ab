using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Monitor.TestSupport;

namespace Monitor.Silo.Tests;

/// <summary>The real service — silo, Kestrel on a free loopback port, embedded store in a temporary folder.</summary>
public sealed class RunningService : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningService(WebApplication app, string dataDirectory, HttpClient client)
    {
        _app = app;
        DataDirectory = dataDirectory;
        Client = client;
    }

    public string DataDirectory { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<RunningService> StartAsync(IEnumerable<string>? extraArgs = null, string? dataDirectory = null, Action<WebApplicationBuilder>? configure = null)
    {
        dataDirectory ??= Path.Combine(Path.GetTempPath(), "monitor-api-" + Guid.NewGuid().ToString("N"));
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
        return new RunningService(app, dataDirectory, new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) });
    }


    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { }
    }
}

/// <summary>The system clock moved forward on demand, for what waits minutes (digests).</summary>
public sealed class ShiftableClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}

/// <summary>One service with the sample corpus, shared by the API tests.</summary>
public sealed class ServiceFixture : IAsyncLifetime
{
    public RunningService Service { get; private set; } = null!;

    public HttpClient Client => Service.Client;

    public async Task InitializeAsync() => Service = await RunningService.StartAsync();

    public async Task DisposeAsync() => await Service.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ServiceCollection : ICollectionFixture<ServiceFixture>
{
    public const string Name = "service";
}
