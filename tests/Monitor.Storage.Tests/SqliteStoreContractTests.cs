using Monitor.Storage.Sqlite;

namespace Monitor.Storage.Tests;

/// <summary>The store contract against the embedded store, each test on a database file of its own.</summary>
public sealed class SqliteStoreContractTests : StoreContractTests
{
    private SqliteDatabase? _database;

    protected override Task<StoreSet> OpenAsync()
    {
        var temp = new TempDatabase();
        var database = _database = temp.Database;
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

    protected override Task<long> StatementsKeptByTheIndexAsync() =>
        _database!.ReadAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM filed_statements";
            return (long)command.ExecuteScalar()!;
        });
}
