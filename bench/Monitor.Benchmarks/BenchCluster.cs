using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Monitor.Hosting.Configuration;
using Monitor.TestSupport;
using Orleans.Configuration;
using Orleans.Runtime;
using StackExchange.Redis;

namespace Monitor.Benchmarks;

/// <summary>
/// A cluster of its own for one measurement: a fresh redis-server, a fresh cluster id, and the silos as
/// child processes. It also joins the cluster as an Orleans client through the gateways, only to read
/// what a load balancer cannot see: which silos are members and where each actor's grain lives.
/// </summary>
public sealed class BenchCluster : IAsyncDisposable
{
    private readonly RedisServer _redis;
    private readonly string _clusterId;
    private readonly IReadOnlyList<string> _settings;
    private readonly List<ClusterSilo> _silos = [];
    private IHost? _observer;
    private int _next;

    private BenchCluster(RedisServer redis, string clusterId, IReadOnlyList<string> settings)
    {
        _redis = redis;
        _clusterId = clusterId;
        _settings = settings;
    }

    public IReadOnlyList<ClusterSilo> Silos => _silos;

    public SiloLog Log { get; } = new();

    public TimeSpan StartTime { get; private set; }

    /// <param name="settings">The service's arguments every silo gets on top of the benchmark's own, also when started again.</param>
    public static async Task<BenchCluster> StartAsync(int silos, IReadOnlyList<string> settings, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var cluster = new BenchCluster(await RedisServer.StartAsync(), "bench-" + Guid.NewGuid().ToString("N")[..8], settings);
        try
        {
            // One at a time: the first one up writes the membership table the others join.
            for (var n = 1; n <= silos; n++)
            {
                var ports = new SiloPorts(LoopbackPorts.Next(), LoopbackPorts.Next(), LoopbackPorts.Next());
                cluster._silos.Add(await ClusterSilo.StartAsync(n, ports, cluster._redis.Address, cluster._clusterId, cluster._settings, cluster.Log, cancellationToken));
            }
            await cluster.ConnectObserverAsync(cancellationToken);
            await cluster.WaitForActiveSilosAsync(silos, TimeSpan.FromSeconds(60), cancellationToken);
            cluster.StartTime = watch.Elapsed;
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>The next silo in turn, as a round-robin load balancer picks it.</summary>
    public ClusterSilo Next() => _silos[(int)((uint)Interlocked.Increment(ref _next) % (uint)_silos.Count)];

    /// <summary>Starts a killed silo again on its own ports and waits until it answers /health.</summary>
    public async Task<ClusterSilo> RestartAsync(ClusterSilo dead, CancellationToken cancellationToken)
    {
        var index = _silos.IndexOf(dead);
        await dead.DisposeAsync();
        var silo = await ClusterSilo.StartAsync(dead.Number, dead.Ports, _redis.Address, _clusterId, _settings, Log, cancellationToken);
        _silos[index] = silo;
        return silo;
    }

    /// <summary>Waits until the membership table, as the cluster itself reports it, has this many active silos.</summary>
    public async Task WaitForActiveSilosAsync(int count, TimeSpan limit, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            try
            {
                var hosts = await Management.GetHosts(onlyActive: true).WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
                if (hosts.Count == count) return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // A passing outage while membership changes; ask again.
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"the cluster did not report {count} active silos within {limit.TotalSeconds:F0} s.");
            await Task.Delay(250, cancellationToken);
        }
    }

    /// <summary>The silo each of these grains (of the type named in its [GrainType]) is active on; keys with no activation are left out.</summary>
    public async Task<IReadOnlyDictionary<string, ClusterSilo>> PlacementAsync(string grainType, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var wanted = keys.ToHashSet(StringComparer.Ordinal);
        var bySiloPort = _silos.ToDictionary(s => s.Ports.Silo);
        var statistics = await Management.GetDetailedGrainStatistics().WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        var placement = new Dictionary<string, ClusterSilo>(StringComparer.Ordinal);
        foreach (var grain in statistics)
        {
            if (grain.GrainId.Type.ToString() != grainType) continue;
            var id = grain.GrainId.Key.ToString();
            if (id is not null && wanted.Contains(id) && bySiloPort.TryGetValue(grain.SiloAddress.Endpoint.Port, out var silo)) placement[id] = silo;
        }
        return placement;
    }

    public async ValueTask DisposeAsync()
    {
        if (_observer is not null)
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try { await _observer.StopAsync(stop.Token); } catch (OperationCanceledException) { }
            _observer.Dispose();
        }
        foreach (var silo in _silos) await silo.DisposeAsync();
        await _redis.DisposeAsync();
    }

    private IManagementGrain Management =>
        (_observer ?? throw new InvalidOperationException("not connected")).Services.GetRequiredService<IClusterClient>().GetGrain<IManagementGrain>(0);

    private async Task ConnectObserverAsync(CancellationToken cancellationToken)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var redis = ConfigurationOptions.Parse(_redis.Address);
        redis.AbortOnConnectFail = false;
        builder.UseOrleansClient(client =>
        {
            client.UseRedisClustering(options => options.ConfigurationOptions = redis);
            client.Configure<ClusterOptions>(options =>
            {
                options.ServiceId = MonitorDefaults.Load().ServiceId;
                options.ClusterId = _clusterId;
            });
        });
        _observer = builder.Build();
        await _observer.StartAsync(cancellationToken);
    }
}
