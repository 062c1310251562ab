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
            foreach (var entry in entries)
            {
                key.Value = entry.Key;
                id.Value = entry.Statement.Id;
                said.Value = entry.Statement.SaidAt.UtcTicks;
                data.Value = JsonSerializer.Serialize(entry.Statement, MonitorJson.Options);
                command.ExecuteNonQuery();
            }
            return entries.Count;
        }, cancellationToken);

    public Task<IReadOnlyList<Statement>> FindAsync(string key, DateTimeOffset around, int perSide, CancellationToken cancellationToken = default) =>
        database.ReadAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT data FROM (
                    SELECT data, said_at, statement_id FROM (
                        SELECT data, said_at, statement_id FROM claim_index WHERE key = $key AND said_at <= $around
                        ORDER BY said_at DESC, statement_id DESC LIMIT $n)
                    UNION ALL
                    SELECT data, said_at, statement_id FROM (
                        SELECT data, said_at, statement_id FROM claim_index WHERE key = $key AND said_at > $around
                        ORDER BY said_at ASC, statement_id ASC LIMIT $n))
                ORDER BY said_at, statement_id
                """;
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$around", around.UtcTicks);
            command.Parameters.AddWithValue("$n", perSide);
            return SqliteStatementLog.ReadStatements(command);
        }, cancellationToken);
}
