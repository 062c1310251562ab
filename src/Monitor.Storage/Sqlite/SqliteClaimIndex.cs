using System.Text.Json;
using Microsoft.Data.Sqlite;
using Monitor.Abstractions;
using Monitor.Abstractions.Storage;

namespace Monitor.Storage.Sqlite;

/// <summary>
/// Entries in <c>claim_index</c> are four numbers and an id: the key's number (<c>claim_keys</c> holds each key once),
/// when the statement was said, its id and its row in <c>filed_statements</c>, which holds the statement once however
/// many keys file it. The primary key orders a key's entries by when they were said, then by id, so a look-up reads the
/// nearest on each side of a time straight off it and joins only those to their statements.
/// </summary>
public sealed class SqliteClaimIndex(SqliteDatabase database) : IClaimIndex
{
    public Task AddAsync(IReadOnlyList<ClaimIndexEntry> entries, CancellationToken cancellationToken = default) =>
        entries.Count == 0 ? Task.CompletedTask : database.WriteAsync(connection =>
        {
            using var filer = new Filer(connection);
            foreach (var entry in entries) filer.File(entry.Key, entry.Statement);
            return entries.Count;
        }, cancellationToken);

    public Task<IReadOnlyList<Statement>> FindAsync(string key, DateTimeOffset around, int perSide, CancellationToken cancellationToken = default) =>
        FindAsync([key], around, perSide, cancellationToken);

    public Task<IReadOnlyList<Statement>> FindAsync(IReadOnlyList<string> keys, DateTimeOffset around, int perSide, CancellationToken cancellationToken = default) =>
        keys.Count == 0 ? Task.FromResult<IReadOnlyList<Statement>>([]) : database.ReadAsync<IReadOnlyList<Statement>>(connection =>
        {
            // One connection and one prepared query for every key: the per-read overhead, not SQLite, dominated.
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT c.ref, f.data FROM (
                    SELECT said_at, statement_id, ref FROM (
                        SELECT said_at, statement_id, ref FROM claim_index WHERE key_id = (SELECT id FROM claim_keys WHERE key = $key) AND said_at <= $around
                        ORDER BY said_at DESC, statement_id DESC, ref DESC LIMIT $n)
                    UNION ALL
                    SELECT said_at, statement_id, ref FROM (
                        SELECT said_at, statement_id, ref FROM claim_index WHERE key_id = (SELECT id FROM claim_keys WHERE key = $key) AND said_at > $around
                        ORDER BY said_at ASC, statement_id ASC, ref ASC LIMIT $n)) AS c
                JOIN filed_statements AS f ON f.ref = c.ref
                ORDER BY c.said_at, c.statement_id, c.ref
                """;
            var key = command.Parameters.Add("$key", SqliteType.Text);
            command.Parameters.AddWithValue("$around", around.UtcTicks);
            command.Parameters.AddWithValue("$n", perSide);
            var found = new List<Statement>();
            var seen = new HashSet<long>();
            foreach (var k in keys)
            {
                key.Value = k;
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    // The same statement stands under several keys: parse it once.
                    if (seen.Add(reader.GetInt64(0))) found.Add(JsonSerializer.Deserialize<Statement>(reader.GetString(1), MonitorJson.Options)!);
                }
            }
            return found;
        }, cancellationToken);

    /// <summary>
    /// Files entries on the writer's connection within one write: the statement once in <c>filed_statements</c>, the key
    /// once in <c>claim_keys</c>, then the entry. An entry is filed at the time its statement was first filed as said, so
    /// the same statement under the same key is always one entry, as it was when entries were unique by key and id.
    /// </summary>
    internal sealed class Filer : IDisposable
    {
        // What one write has looked up already; bounded, since a migration files a whole table through one filer.
        private const int Remembered = 10_000;

        private readonly SqliteFiledStatements _statements;
        private readonly Dictionary<StatementRef, (long Ref, long SaidAt)> _kept = [];
        private readonly Dictionary<string, long> _keyIds = new(StringComparer.Ordinal);
        private readonly SqliteCommand _findKey;
        private readonly SqliteParameter _findKeyText;
        private readonly SqliteCommand _addKey;
        private readonly SqliteParameter _addKeyText;
        private readonly SqliteCommand _insert;
        private readonly SqliteParameter _keyId;
        private readonly SqliteParameter _said;
        private readonly SqliteParameter _id;
        private readonly SqliteParameter _ref;

        public Filer(SqliteConnection connection)
        {
            _statements = new SqliteFiledStatements(connection);
            _findKey = connection.CreateCommand();
            _findKey.CommandText = "SELECT id FROM claim_keys WHERE key = $key";
            _findKeyText = _findKey.Parameters.Add("$key", SqliteType.Text);
            _addKey = connection.CreateCommand();
            _addKey.CommandText = "INSERT INTO claim_keys (key) VALUES ($key) RETURNING id";
            _addKeyText = _addKey.Parameters.Add("$key", SqliteType.Text);
            _insert = connection.CreateCommand();
            _insert.CommandText = "INSERT OR IGNORE INTO claim_index (key_id, said_at, statement_id, ref) VALUES ($key, $said, $id, $ref)";
            _keyId = _insert.Parameters.Add("$key", SqliteType.Integer);
            _said = _insert.Parameters.Add("$said", SqliteType.Integer);
            _id = _insert.Parameters.Add("$id", SqliteType.Text);
            _ref = _insert.Parameters.Add("$ref", SqliteType.Integer);
        }

        public void File(string key, Statement statement) =>
            File(key, StatementRef.For(statement), statement.SaidAt.UtcTicks, () => JsonSerializer.Serialize(statement, MonitorJson.Options));

        /// <summary>As <see cref="File(string, Statement)"/> for a statement already in JSON; <paramref name="json"/> is called only to add it.</summary>
        public void File(string key, StatementRef reference, long saidAtTicks, Func<string> json)
        {
            if (!_kept.TryGetValue(reference, out var kept))
            {
                if (_kept.Count >= Remembered) _kept.Clear();
                _kept[reference] = kept = _statements.Keep(reference, saidAtTicks, json);
            }
            if (!_keyIds.TryGetValue(key, out var keyId))
            {
                if (_keyIds.Count >= Remembered) _keyIds.Clear();
                _keyIds[key] = keyId = KeyId(key);
            }
            _keyId.Value = keyId;
            _said.Value = kept.SaidAt;
            _id.Value = reference.Id;
            _ref.Value = kept.Ref;
            _insert.ExecuteNonQuery();
        }

        private long KeyId(string key)
        {
            _findKeyText.Value = key;
            if (_findKey.ExecuteScalar() is long id) return id;
            _addKeyText.Value = key;
            return Convert.ToInt64(_addKey.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        public void Dispose()
        {
            _statements.Dispose();
            _findKey.Dispose();
            _addKey.Dispose();
            _insert.Dispose();
        }
    }
}
