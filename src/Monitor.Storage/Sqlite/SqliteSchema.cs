using System.Text.Json;
using Microsoft.Data.Sqlite;
using Monitor.Abstractions;

namespace Monitor.Storage.Sqlite;

/// <summary>
/// The tables of the embedded store. Rows hold JSON in Monitor's own pinned shape (MonitorJson),
/// never CLR type names, so renaming a class never orphans stored data. Times are stored as UTC
/// ticks so they sort as numbers. A database of an earlier layout is brought to this one when it is opened, in one
/// transaction, so it is either wholly converted or left as it was.
/// </summary>
internal static class SqliteSchema
{
    public static void Create(SqliteConnection connection)
    {
        // The layout before this one kept a copy of the statement in each claim-index entry, under each of its keys,
        // and another in neighbour_statements for the neighbour indexes.
        var indexCopies = SqliteDatabase.Scalar<long>(connection, "SELECT COUNT(*) FROM pragma_table_info('claim_index') WHERE name = 'data'") > 0;
        var neighbourCopies = SqliteDatabase.Scalar<long>(connection, "SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = 'neighbour_statements'") > 0;
        if (!indexCopies && !neighbourCopies)
        {
            SqliteDatabase.Execute(connection, Tables);
            return;
        }
        using (var transaction = connection.BeginTransaction())
        {
            if (indexCopies) SqliteDatabase.Execute(connection, "ALTER TABLE claim_index RENAME TO claim_index_copies; DROP INDEX IF EXISTS claim_index_recent;");
            SqliteDatabase.Execute(connection, Tables);
            if (indexCopies)
            {
                FileClaimIndexCopies(connection);
                SqliteDatabase.Execute(connection, "DROP TABLE claim_index_copies;");
            }
            if (neighbourCopies)
            {
                FileNeighbourCopies(connection);
                SqliteDatabase.Execute(connection, "DROP TABLE neighbour_statements;");
            }
            transaction.Commit();
        }
        // The copies' pages are free now; give them back to the file system, and the WAL that rewriting the file filled.
        SqliteDatabase.Execute(connection, "VACUUM; PRAGMA wal_checkpoint(TRUNCATE);");
    }

    /// <summary>The entries of the old layout, each statement kept once: their JSON as it was stored, under the voice it names.</summary>
    private static void FileClaimIndexCopies(SqliteConnection connection)
    {
        using var filer = new SqliteClaimIndex.Filer(connection);
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT key, said_at, data FROM claim_index_copies";
        using var reader = read.ExecuteReader();
        while (reader.Read())
        {
            var json = reader.GetString(2);
            var statement = JsonSerializer.Deserialize<Statement>(json, MonitorJson.Options)!;
            filer.File(reader.GetString(0), StatementRef.For(statement), reader.GetInt64(1), () => json);
        }
    }

    /// <summary>The neighbour indexes' statements of the old layout, under the voice and id they were kept by, where the claim index had none.</summary>
    private static void FileNeighbourCopies(SqliteConnection connection)
    {
        using var statements = new SqliteFiledStatements(connection);
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT voice, statement_id, data FROM neighbour_statements";
        using var reader = read.ExecuteReader();
        while (reader.Read())
        {
            var json = reader.GetString(2);
            var saidAt = JsonSerializer.Deserialize<Statement>(json, MonitorJson.Options)!.SaidAt.UtcTicks;
            statements.Keep(new StatementRef(reader.GetString(0), reader.GetString(1)), saidAt, () => json);
        }
    }

    private const string Tables = """
        CREATE TABLE IF NOT EXISTS grain_state (
            grain_type TEXT NOT NULL,
            grain_id   TEXT NOT NULL,
            etag       INTEGER NOT NULL,
            data       TEXT NOT NULL,
            PRIMARY KEY (grain_type, grain_id)
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS statements (
            actor        TEXT NOT NULL,
            seq          INTEGER NOT NULL,
            id           TEXT NOT NULL,
            topic        TEXT,
            said_at      INTEGER NOT NULL,
            data         TEXT NOT NULL,
            PRIMARY KEY (actor, seq)
        ) WITHOUT ROWID;
        CREATE UNIQUE INDEX IF NOT EXISTS statements_by_id ON statements (actor, id);
        CREATE INDEX IF NOT EXISTS statements_by_topic ON statements (actor, topic, seq);

        CREATE TABLE IF NOT EXISTS log_heads (
            actor     TEXT PRIMARY KEY,
            last_seq  INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS outbox_cursors (
            actor    TEXT PRIMARY KEY,
            fed_seq  INTEGER NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS alerts (
            seq            INTEGER PRIMARY KEY AUTOINCREMENT,
            id             TEXT NOT NULL UNIQUE,
            actor          TEXT,
            topic          TEXT,
            kind           TEXT NOT NULL,
            detector       TEXT NOT NULL,
            severity       INTEGER NOT NULL,
            status         TEXT NOT NULL,
            suppressed     INTEGER NOT NULL DEFAULT 0,
            later_said_at  INTEGER NOT NULL,
            data           TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS alerts_by_actor_topic ON alerts (actor, topic, later_said_at);

        CREATE TABLE IF NOT EXISTS subscriptions (
            id     TEXT PRIMARY KEY,
            owner  TEXT NOT NULL,
            data   TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS deliveries (
            subscription_id  TEXT NOT NULL,
            id               TEXT NOT NULL,
            created_at       INTEGER NOT NULL,
            data             TEXT NOT NULL,
            PRIMARY KEY (subscription_id, id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS deliveries_recent ON deliveries (subscription_id, created_at DESC);

        CREATE TABLE IF NOT EXISTS actors (
            id   TEXT PRIMARY KEY,
            data TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS sources (
            id   TEXT PRIMARY KEY,
            data TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS topics (
            id    TEXT PRIMARY KEY,
            ord   INTEGER NOT NULL,
            data  TEXT NOT NULL
        ) WITHOUT ROWID;

        -- Each statement the watchers file, once: the claim index's entries refer to it by ref, the neighbour indexes' by voice and id.
        CREATE TABLE IF NOT EXISTS filed_statements (
            ref           INTEGER PRIMARY KEY,
            voice         TEXT NOT NULL,
            statement_id  TEXT NOT NULL,
            said_at       INTEGER NOT NULL,
            data          TEXT NOT NULL
        );
        CREATE UNIQUE INDEX IF NOT EXISTS filed_statements_by_id ON filed_statements (voice, statement_id);

        CREATE TABLE IF NOT EXISTS claim_keys (
            id   INTEGER PRIMARY KEY,
            key  TEXT NOT NULL UNIQUE
        );

        -- A key's entries in the order said, then by id; the ref makes two voices' statements of one id two entries.
        CREATE TABLE IF NOT EXISTS claim_index (
            key_id        INTEGER NOT NULL,
            said_at       INTEGER NOT NULL,
            statement_id  TEXT NOT NULL,
            ref           INTEGER NOT NULL,
            PRIMARY KEY (key_id, said_at, statement_id, ref)
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS neighbour_vectors (
            owner         TEXT NOT NULL,
            position      INTEGER NOT NULL,
            voice         TEXT NOT NULL,
            statement_id  TEXT NOT NULL,
            document_id   TEXT,
            said_at       INTEGER NOT NULL,
            vectors       BLOB NOT NULL,
            PRIMARY KEY (owner, position)
        );
        CREATE UNIQUE INDEX IF NOT EXISTS neighbour_vectors_by_statement ON neighbour_vectors (owner, voice, statement_id);
        """;
}
