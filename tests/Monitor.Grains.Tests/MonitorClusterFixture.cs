using Microsoft.Extensions.DependencyInjection;
using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Hosting;
using Monitor.Hosting.Configuration;
using Monitor.Storage.Sqlite;
using Orleans.TestingHost;

namespace Monitor.Grains.Tests;

/// <summary>A real cluster (two silos unless told otherwise) sharing one embedded database file, as silos share a database server.</summary>
public sealed class MonitorClusterFixture : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "monitor-cluster-" + Guid.NewGuid().ToString("N"));
    private readonly int _silos = 2;
    private readonly Action<MonitorOptions>? _configure;
    private readonly Action<IServiceCollection>? _services;

    public MonitorClusterFixture()
    {
    }

    // Internal: xunit builds a collection fixture through its one public constructor.
    internal MonitorClusterFixture(int silos, Action<MonitorOptions>? configure, Action<IServiceCollection>? services)
    {
        _silos = silos;
        _configure = configure;
        _services = services;
    }

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public SqliteDatabase Database { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        Database = new SqliteDatabase(new SqliteStorageOptions { DatabasePath = Path.Combine(_directory, "monitor.db"), Synchronous = "NORMAL" });
        var options = MonitorDefaults.Load();
        options.NoSample = true;
        _configure?.Invoke(options);
        var builder = new InProcessTestClusterBuilder((short)_silos);
        builder.ConfigureSilo((_, silo) =>
        {
            _services?.Invoke(silo.Services);
            silo.AddMonitor(options, Database);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Database.DisposeAsync();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }

    public Task<ActorDefinition> DefineAsync(string id) =>
        Grains.GetGrain<IActorGrain>(id).Define(new ActorDefinition(id, id.ToUpperInvariant(), [id], []), merge: false);

    public static Statement Said(string id, string actor, string text, DateTimeOffset saidAt, Stance? stance = null, string? topic = "test-topic", StatementMode mode = StatementMode.Assert) =>
        new(id, null, actor, "Spokesperson", text, true, mode, topic, stance, saidAt, null, [new SourceRef("Test wire", null)]);
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<MonitorClusterFixture>
{
    public const string Name = "cluster";
}
