// Monitor.Hosting wires a Monitor silo — storage, grains' services, ingestion, start-up seeding and
// the outbox sweep — the same way for the service, the `monitor replay` command and the tests.
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Monitor.Analysis.Contradictions;
using Monitor.Analysis.Embeddings;
using Monitor.Grains;
using Monitor.Grains.Alerts;
using Monitor.Grains.Diagnostics;
using Monitor.Grains.Retention;
using Monitor.Grains.Sources;
using Monitor.Grains.Webhooks;
using Monitor.Hosting.Configuration;
using Monitor.Hosting.Ingestion;
using Monitor.Hosting.Services;
using Monitor.Abstractions.Storage;
using Monitor.Storage;
using Monitor.Storage.Redis;
using Monitor.Storage.Sqlite;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;

namespace Monitor.Hosting;

public static class MonitorSiloBuilderExtensions
{
    /// <summary>
    /// Adds Monitor to a silo. <paramref name="sharedDatabase"/> lets several silos of one process use
    /// one embedded database, as they would share a database server.
    /// </summary>
    public static ISiloBuilder AddMonitor(this ISiloBuilder silo, MonitorOptions options, SqliteDatabase? sharedDatabase = null)
    {
        var services = silo.Services;
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        if (options.IsCluster) AddClusterStore(silo, options);
        else
        {
            services.AddMonitorSqliteStorage(new SqliteStorageOptions
            {
                DatabasePath = options.InMemory ? null : Path.Combine(options.Data, SqliteBackup.DatabaseFileName),
                Synchronous = options.Synchronous,
                // Webhook delivery queues and sources' read-item sets are bookkeeping: they never stand in front of the ingest path.
                BackgroundGrainTypes = new HashSet<string>(StringComparer.Ordinal) { SubscriptionGrain.GrainTypeName, SourceGrain.GrainTypeName },
            }, sharedDatabase);
            // One silo: a reminder only has to outlive a grain's deactivation, and after a restart the
            // subscription keeper wakes every subscription anyway.
            silo.UseInMemoryReminderService();
        }
        services.TryAddSingleton(TimeProvider.System);
        // Monitor's instruments, on the host's meter factory; they cost next to nothing until a meter provider listens.
        services.AddMetrics();
        services.TryAddSingleton<MonitorMetrics>();
        if (options.Embeddings)
        {
            services.AddSingleton(_ => new MiniLmSentenceEmbedder(cacheCapacity: 50_000));
            services.AddSingleton<EmbeddingModelLoader>();
            services.AddHostedService(sp => sp.GetRequiredService<EmbeddingModelLoader>());
        }
        services.AddSingleton(sp => ContradictionEngine.CreateDefault(new ContradictionOptions
        {
            Embedder = sp.GetService<MiniLmSentenceEmbedder>(),
            Actors = options.Actors.Count > 0 ? options.Actors : ActorMentions.ShippedActors,
        }));
        services.AddSingleton<CandidateFinder>();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options.Alerts));
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options.Webhooks));
        services.AddSingleton<AlertSignal>();
        services.AddSingleton<AlertFanout>();
        services.AddSingleton<WebhookSender>();
        services.AddHostedService<SubscriptionKeeper>();
        services.AddSingleton<TopicCatalog>();
        services.AddSingleton<IngestionService>();
        services.AddSingleton<ExtractorCatalog>();
        services.AddSingleton<DocumentIngestion>();
        services.AddTransient<ReplayApplier>();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options.Sources));
        services.AddSingleton<NewsFetcher>();
        services.TryAddSingleton(sp => new SourceBackoff(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SourceOptions>>(), Random.Shared));
        services.AddSingleton<IArticleIngestion, SourceArticleIngestion>();
        services.AddHostedService<SourceKeeper>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, StartupSeeder>();
        services.AddHostedService<OutboxSweeper>();
        services.AddHostedService<LexiconPreloader>();
        options.Retention.Validate();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options.Retention));
        // Turned off, nothing is started: a reminder left in Redis from when it was on removes itself at its next tick.
        if (options.Retention.Enabled) services.AddHostedService<RetentionStarter>();
        // Orleans refuses reminders more frequent than a minute unless told otherwise; a shorter period is asked for on purpose.
        var shortestReminder = options.Retention.Interval < options.Sources.ScheduleTick ? options.Retention.Interval : options.Sources.ScheduleTick;
        if (shortestReminder < TimeSpan.FromMinutes(1))
            silo.Configure<ReminderOptions>(reminders => reminders.MinimumReminderPeriod = shortestReminder);
        if (options.IsCluster) services.AddHostedService<ClusterAlertRelay>();
        return silo;
    }

    /// <summary>
    /// Everything in one Redis: the logs through Monitor's own stores, grain state and reminders through
    /// Orleans' providers. Keys carry the ServiceId, so deployments of other services can share the server.
    /// </summary>
    private static void AddClusterStore(ISiloBuilder silo, MonitorOptions options)
    {
        silo.Services.AddMonitorRedisStorage(new RedisStorageOptions { Configuration = options.Redis!, KeyPrefix = $"{options.ServiceId}:" });
        silo.AddRedisGrainStorage(GrainStorage.Name, redis =>
        {
            redis.ConfigurationOptions = MonitorClustering.RedisConfiguration(options);
            redis.GrainStorageSerializer = new JsonGrainStateSerializer();
        });
        silo.UseRedisReminderService(redis => redis.ConfigurationOptions = MonitorClustering.RedisConfiguration(options));
    }
}
