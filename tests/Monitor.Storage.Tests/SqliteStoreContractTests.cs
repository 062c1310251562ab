using Monitor.Storage.Sqlite;

namespace Monitor.Storage.Tests;

/// <summary>The store contract against the embedded store, each test on a database file of its own.</summary>
public sealed class SqliteStoreContractTests : StoreContractTests
{
    protected override Task<StoreSet> OpenAsync()
    {
        var temp = new TempDatabase();
        var database = temp.Database;
        return Task.FromResult(new StoreSet(
            new SqliteStatementLog(database),
            new SqliteAlertLog(database),
            new SqliteClaimIndex(database),
            new SqliteNeighbourStore(database),
            new SqliteActorDirectory(database),
            new SqliteTopicDirectory(database),
            new SqliteSubscriptionStore(database),
            new SqliteDeliveryLog(database),
            database,
            temp,
            new SqliteRetentionStore(database)));
    }
}
