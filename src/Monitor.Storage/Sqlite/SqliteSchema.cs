using Microsoft.Data.Sqlite;

namespace Monitor.Storage.Sqlite;

/// <summary>
/// The tables of the embedded store. Rows hold JSON in Monitor's own pinned shape (MonitorJson),
/// never CLR type names, so renaming a class never orphans stored data. Times are stored as UTC
/// ticks so they sort as numbers.
/// </summary>
internal static class SqliteSchema
{
    public static void Create(SqliteConnection connection) => SqliteDatabase.Execute(connection, """
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

        CREATE TABLE IF NOT EXISTS claim_index (
            key           TEXT NOT NULL,
            statement_id  TEXT NOT NULL,
            said_at       INTEGER NOT NULL,
            data          TEXT NOT NULL,
            PRIMARY KEY (key, statement_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS claim_index_recent ON claim_index (key, said_at DESC, statement_id DESC);

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

        CREATE TABLE IF NOT EXISTS neighbour_statements (
            voice         TEXT NOT NULL,
            statement_id  TEXT NOT NULL,
            data          TEXT NOT NULL,
            PRIMARY KEY (voice, statement_id)
        ) WITHOUT ROWID;
        """);
}
