// Monitor.Storage owns the embedded store: one SQLite file (or memory) holding grain state, the
// statement and alert logs, the registries and the watchers' claim index.
using Microsoft.Extensions.DependencyInjection;
using Monitor.Abstractions;
using Monitor.Abstractions.Storage;
using Monitor.Storage.Sqlite;
using Orleans.Runtime.Hosting;

namespace Monitor.Storage;

public static class SqliteStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the embedded store. Pass <paramref name="database"/> to share one database between
    /// silos of the same process (tests); otherwise one is opened from <paramref name="options"/>.
    /// </summary>
    public static IServiceCollection AddMonitorSqliteStorage(this IServiceCollection services, SqliteStorageOptions options, SqliteDatabase? database = null)
    {
        if (database is null) services.AddSingleton(_ => new SqliteDatabase(options));
        else services.AddSingleton(database);
        services.AddSingleton<IStorageHealth>(sp => sp.GetRequiredService<SqliteDatabase>());
        services.AddSingleton<IStatementLog, SqliteStatementLog>();
        services.AddSingleton<IAlertLog, SqliteAlertLog>();
        services.AddSingleton<IActorDirectory, SqliteActorDirectory>();
        services.AddSingleton<ITopicDirectory, SqliteTopicDirectory>();
        services.AddSingleton<IClaimIndex, SqliteClaimIndex>();
        services.AddSingleton<INeighbourStore, SqliteNeighbourStore>();
        services.AddSingleton<ISourceDirectory, SqliteSourceDirectory>();
        services.AddSingleton<ISubscriptionStore, SqliteSubscriptionStore>();
        services.AddSingleton<IDeliveryLog, SqliteDeliveryLog>();
        services.AddSingleton<IRetentionStore, SqliteRetentionStore>();
        services.AddGrainStorage(GrainStorage.Name, (sp, name) => new SqliteGrainStorage(name, sp.GetRequiredService<SqliteDatabase>(), MonitorJson.Options, options.BackgroundGrainTypes));
        return services;
    }
}
