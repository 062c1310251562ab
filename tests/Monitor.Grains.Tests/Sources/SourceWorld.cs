using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Grains.Sources;
using Monitor.Hosting.Configuration;
using Monitor.Hosting.Ingestion;
using Monitor.Storage.Sqlite;
using Monitor.TestSupport;

namespace Monitor.Grains.Tests.Sources;

/// <summary>
/// A real cluster, a real feed server on loopback (allow-listed) and the fictional actor Veloria whose foreign
/// minister the feeds quote. Retry jitter comes from a seeded random, so backoff figures are the same every run.
/// </summary>
public sealed class SourceWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Day0 = new(2024, 3, 4, 8, 0, 0, TimeSpan.Zero);

    private SourceWorld(MonitorClusterFixture cluster, FeedServer server)
    {
        Cluster = cluster;
        Server = server;
    }

    public MonitorClusterFixture Cluster { get; }

    public FeedServer Server { get; }

    public IGrainFactory Grains => Cluster.Grains;

    public static SourceOptions Options(string[] allowed) => new()
    {
        AllowedHosts = [.. allowed],
        MinimumHostGap = TimeSpan.Zero,
        RequestTimeout = TimeSpan.FromSeconds(2),
        FirstRetryDelay = TimeSpan.FromMinutes(1),
        MaxRetryDelay = TimeSpan.FromMinutes(10),
        RobotsCacheTime = TimeSpan.Zero,
    };

    public static async Task<SourceWorld> StartAsync(int silos = 1, Action<SourceOptions>? configure = null)
    {
        var server = FeedServer.Start();
        var sources = Options(["127.0.0.1"]);
        configure?.Invoke(sources);
        var cluster = new MonitorClusterFixture(silos,
            options =>
            {
                options.Embeddings = false;
                options.Sources = sources;
            },
            services => services.AddSingleton(sp => new SourceBackoff(Microsoft.Extensions.Options.Options.Create(sources), new Random(12))));
        await cluster.InitializeAsync();
        await cluster.Grains.GetGrain<IActorGrain>("veloria").Define(new ActorDefinition("veloria", "Veloria", ["Veloria", "Velorian government"],
            [new SpeakerDefinition("Anna Kest", "Foreign Minister")]), merge: false);
        // Veloria is defined through its grain, not through a silo's ingestion service, so the extractor each silo built
        // at start has not heard of it and would not for up to ExtractorCatalog.RefreshInterval: each reads the registry
        // again now, as a definition through the API makes its own silo do.
        foreach (var silo in cluster.Cluster.Silos) silo.ServiceProvider.GetRequiredService<ExtractorCatalog>().Invalidate();
        return new SourceWorld(cluster, server);
    }

    /// <summary>An item whose text quotes Veloria's foreign minister, so reading it records one Velorian statement.</summary>
    public static FeedItem Quote(int n, string words, string? link = null) =>
        new($"Veloria speaks {n}", link, $"\"{words},\" Veloria's Foreign Minister Anna Kest told reporters on Monday.", Day0.AddHours(n), Guid: $"item-{n}");

    public Task DefineAsync(string id, string path, bool fetchArticles = false, string name = "Ardenia Wire") =>
        Grains.GetGrain<ISourceGrain>(id).Define(new SourceDefinition(id, name, Server.Url(path), TimeSpan.FromMinutes(5), fetchArticles));

    public Task<SourcePoll?> PollAsync(string id) => Grains.GetGrain<ISourceGrain>(id).PollNow();

    public async Task<NewsSource> SourceAsync(string id) => (await Grains.GetGrain<ISourceGrain>(id).GetSource())!;

    public async Task<IReadOnlyList<Statement>> VeloriaSaidAsync() =>
        await new SqliteStatementLog(Cluster.Database).ReadAsync("veloria", 0, 10_000);

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Server.DisposeAsync();
    }
}
