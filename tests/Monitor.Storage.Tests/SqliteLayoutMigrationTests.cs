using System.Text.Json;
using Microsoft.Data.Sqlite;
using Monitor.Abstractions;
using Monitor.Abstractions.Storage;
using Monitor.Storage.Sqlite;

namespace Monitor.Storage.Tests;

/// <summary>
/// A database written by an earlier layout, opened by this one: the claim index that kept a copy of the statement in
/// every entry, and the neighbour indexes that kept one more, are converted on open and find what they found before.
/// </summary>
public sealed class SqliteLayoutMigrationTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Day0 = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "monitor-migration-" + Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_directory, "monitor.db");

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_claim_index_of_copies_is_converted_on_open_and_finds_the_same_statements()
    {
        var chinaFirst = Said("s1", "china", Day0);
        var chinaSecond = Said("s2", "china", Day0.AddDays(1));
        // Ids are unique per voice only: Japan's "s1" is another statement, and so is a report of no tracked actor.
        var japan = Said("s1", "japan", Day0.AddDays(2));
        var report = Said("r1", null, Day0.AddDays(1)) with { Speaker = "Herald Staff" };
        WriteOldLayout([
            ("claim|china|trade", chinaFirst),
            ("claim|china|trade", chinaSecond),
            ("stance|china|t-trade", chinaFirst),
            ("claim|japan|trade", japan),
            ("claim|japan|trade", report),
        ]);

        await using (var database = Open())
        {
            var index = new SqliteClaimIndex(database);
            AssertSame([chinaFirst, chinaSecond], await index.FindAsync("claim|china|trade", Day0, 5));
            AssertSame([chinaFirst], await index.FindAsync("stance|china|t-trade", Day0, 5));
            AssertSame([report, japan], await index.FindAsync("claim|japan|trade", Day0, 5));
            AssertSame([chinaSecond], await index.FindAsync("claim|china|trade", Day0.AddDays(1), 1));
            Assert.Equal(4, await CountAsync(database, "SELECT COUNT(*) FROM filed_statements"));
            Assert.Equal(5, await CountAsync(database, "SELECT COUNT(*) FROM claim_index"));
            Assert.Equal(0, await CountAsync(database, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'claim_index_copies'"));

            // Filing a converted statement again, under a key it had and one it had not, keeps it once.
            await index.AddAsync([new ClaimIndexEntry("claim|china|trade", chinaFirst), new ClaimIndexEntry("claim|china|pact", chinaFirst)]);
            Assert.Equal(4, await CountAsync(database, "SELECT COUNT(*) FROM filed_statements"));
            AssertSame([chinaFirst], await index.FindAsync("claim|china|pact", Day0, 5));
        }

        // Opened again, the converted database is left as it is.
        await using (var database = Open())
        {
            var index = new SqliteClaimIndex(database);
            AssertSame([chinaFirst, chinaSecond], await index.FindAsync("claim|china|trade", Day0, 5));
            Assert.Equal(6, await CountAsync(database, "SELECT COUNT(*) FROM claim_index"));
        }
    }

    [Fact]
    public async Task The_neighbour_indexes_copies_are_kept_once_with_the_claim_index_statements()
    {
        var china = Said("s1", "china", Day0);
        var report = Said("r1", null, Day0.AddDays(1)) with { Speaker = "Herald Staff" };
        WriteOldLayout([("claim|china|trade", china)], neighbourStatements: [china, report]);

        await using var database = Open();
        var neighbours = new SqliteNeighbourStore(database);
        AssertSame([report, china], await neighbours.GetStatementsAsync([StatementRef.For(report), StatementRef.For(china)]));
        AssertSame([china], await new SqliteClaimIndex(database).FindAsync("claim|china|trade", Day0, 5));
        Assert.Equal(2, await CountAsync(database, "SELECT COUNT(*) FROM filed_statements"));
        Assert.Equal(0, await CountAsync(database, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'neighbour_statements'"));
    }

    private SqliteDatabase Open() => new(new SqliteStorageOptions { DatabasePath = DatabasePath });

    /// <summary>
    /// The claim index as the earlier layout made it, an entry per key and id each with the statement's JSON, and the
    /// neighbour indexes' own copies of their statements.
    /// </summary>
    private void WriteOldLayout(IReadOnlyList<(string Key, Statement Statement)> entries, IReadOnlyList<Statement>? neighbourStatements = null)
    {
        Directory.CreateDirectory(_directory);
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode=WAL;
            CREATE TABLE claim_index (
                key           TEXT NOT NULL,
                statement_id  TEXT NOT NULL,
                said_at       INTEGER NOT NULL,
                data          TEXT NOT NULL,
                PRIMARY KEY (key, statement_id)
            ) WITHOUT ROWID;
            CREATE INDEX claim_index_recent ON claim_index (key, said_at DESC, statement_id DESC);
            CREATE TABLE neighbour_statements (
                voice         TEXT NOT NULL,
                statement_id  TEXT NOT NULL,
                data          TEXT NOT NULL,
                PRIMARY KEY (voice, statement_id)
            ) WITHOUT ROWID;
            """;
        command.ExecuteNonQuery();
        foreach (var (key, statement) in entries)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO claim_index (key, statement_id, said_at, data) VALUES ($key, $id, $said, $data)";
            insert.Parameters.AddWithValue("$key", key);
            insert.Parameters.AddWithValue("$id", statement.Id);
            insert.Parameters.AddWithValue("$said", statement.SaidAt.UtcTicks);
            insert.Parameters.AddWithValue("$data", JsonSerializer.Serialize(statement, MonitorJson.Options));
            insert.ExecuteNonQuery();
        }
        foreach (var statement in neighbourStatements ?? [])
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO neighbour_statements (voice, statement_id, data) VALUES ($voice, $id, $data)";
            insert.Parameters.AddWithValue("$voice", StatementRef.For(statement).Voice);
            insert.Parameters.AddWithValue("$id", statement.Id);
            insert.Parameters.AddWithValue("$data", JsonSerializer.Serialize(statement, MonitorJson.Options));
            insert.ExecuteNonQuery();
        }
    }

    private static Task<long> CountAsync(SqliteDatabase database, string sql) =>
        database.ReadAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return (long)command.ExecuteScalar()!;
        });

    private static void AssertSame(IReadOnlyList<Statement> expected, IReadOnlyList<Statement> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Sources, actual[i].Sources);
            Assert.Equal(expected[i] with { Sources = actual[i].Sources }, actual[i]);
        }
    }

    private static Statement Said(string id, string? actor, DateTimeOffset at) =>
        new(id, "d1", actor, "Mao Ning", $"Text of {id} by {actor ?? "a reporter"}.", true, StatementMode.Assert, "t-trade", Stance.Support, at,
            new TextSpan(0, 9), [new SourceRef("Wire", "https://wire.example/1")], Sequence: 3, RecordedAt: at.AddHours(1));
}
