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
            command.CommandText = "INSERT OR IGNORE INTO claim_index (scope, key, statement_id, said_at, data) VALUES ($scope, $key, $id, $said, $data)";
            var scope = command.Parameters.Add("$scope", SqliteType.Text);
            var key = command.Parameters.Add("$key", SqliteType.Text);
            var id = command.Parameters.Add("$id", SqliteType.Text);
            var said = command.Parameters.Add("$said", SqliteType.Integer);
            var data = command.Parameters.Add("$data", SqliteType.Text);
            foreach (var entry in entries)
            {
                scope.Value = entry.Scope;
                key.Value = entry.Key;
                id.Value = entry.Statement.Id;
                said.Value = entry.Statement.SaidAt.UtcTicks;
                data.Value = JsonSerializer.Serialize(entry.Statement, MonitorJson.Options);
                command.ExecuteNonQuery();
            }
            return entries.Count;
        }, cancellationToken);

    public Task<IReadOnlyList<Statement>> FindAsync(string scope, string key, int limit, CancellationToken cancellationToken = default) =>
        database.ReadAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT data FROM claim_index WHERE scope = $scope AND key = $key ORDER BY said_at DESC, statement_id DESC LIMIT $limit";
            command.Parameters.AddWithValue("$scope", scope);
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$limit", limit);
            return SqliteStatementLog.ReadStatements(command);
        }, cancellationToken);
}
