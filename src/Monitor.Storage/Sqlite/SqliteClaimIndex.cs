using System.Text.Json;
using Microsoft.Data.Sqlite;
using Monitor.Abstractions;
using Monitor.Abstractions.Storage;

namespace Monitor.Storage.Sqlite;

public sealed class SqliteClaimIndex(SqliteDatabase database) : IClaimIndex
{
    public Task AddAsync(IReadOnlyList<ClaimIndexEntry> entries, CancellationToken cancellationToken = default) =>
        entries.Count == 0 ? Task.CompletedTask : database.WriteAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT OR IGNORE INTO claim_index (key, statement_id, said_at, data) VALUES ($key, $id, $said, $data)";
            var key = command.Parameters.Add("$key", SqliteType.Text);
            var id = command.Parameters.Add("$id", SqliteType.Text);
            var said = command.Parameters.Add("$said", SqliteType.Integer);
            var data = command.Parameters.Add("$data", SqliteType.Text);
            var serialized = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                key.Value = entry.Key;
                id.Value = entry.Statement.Id;
                said.Value = entry.Statement.SaidAt.UtcTicks;
                if (!serialized.TryGetValue(entry.Statement.Id, out var json))
                    serialized[entry.Statement.Id] = json = JsonSerializer.Serialize(entry.Statement, MonitorJson.Options);
                data.Value = json;
                command.ExecuteNonQuery();
            }
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
                SELECT statement_id, data FROM (
                    SELECT data, said_at, statement_id FROM (
                        SELECT data, said_at, statement_id FROM claim_index WHERE key = $key AND said_at <= $around
                        ORDER BY said_at DESC, statement_id DESC LIMIT $n)
                    UNION ALL
                    SELECT data, said_at, statement_id FROM (
                        SELECT data, said_at, statement_id FROM claim_index WHERE key = $key AND said_at > $around
                        ORDER BY said_at ASC, statement_id ASC LIMIT $n))
                ORDER BY said_at, statement_id
                """;
            var key = command.Parameters.Add("$key", SqliteType.Text);
            command.Parameters.AddWithValue("$around", around.UtcTicks);
            command.Parameters.AddWithValue("$n", perSide);
            var found = new List<Statement>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var k in keys)
            {
                key.Value = k;
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    // The same statement stands under several keys: parse it once.
                    if (seen.Add(reader.GetString(0))) found.Add(JsonSerializer.Deserialize<Statement>(reader.GetString(1), MonitorJson.Options)!);
                }
            }
            return found;
        }, cancellationToken);
}
