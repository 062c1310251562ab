using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Monitor.Abstractions;
using Monitor.Abstractions.Storage;

namespace Monitor.Storage.Sqlite;

/// <summary>The alert log: the AUTOINCREMENT rowid is the global sequence, so it never goes back, even after deletes.</summary>
public sealed class SqliteAlertLog(SqliteDatabase database) : IAlertLog
{
    public Task<AlertAppendOutcome> AppendAsync(Alert alert, CancellationToken cancellationToken = default) =>
        database.WriteAsync(connection =>
        {
            var existing = Get(connection, alert.Id);
            if (existing is not null) return new AlertAppendOutcome(existing, Created: false);

            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO alerts (id, actor, topic, kind, severity, status, data) VALUES ($id, $actor, $topic, $kind, $severity, $status, '');
                SELECT last_insert_rowid();
                """;
            insert.Parameters.AddWithValue("$id", alert.Id);
            insert.Parameters.AddWithValue("$actor", (object?)alert.Actor ?? DBNull.Value);
            insert.Parameters.AddWithValue("$topic", (object?)alert.Topic ?? DBNull.Value);
            insert.Parameters.AddWithValue("$kind", alert.Kind);
            insert.Parameters.AddWithValue("$severity", (int)alert.Severity);
            insert.Parameters.AddWithValue("$status", StatusName(alert.Status));
            var sequence = (long)insert.ExecuteScalar()!;
            var stored = alert with { Sequence = sequence };
            SaveData(connection, stored);
            return new AlertAppendOutcome(stored, Created: true);
        }, cancellationToken);

    public Task<Alert?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        database.ReadAsync(connection => Get(connection, id), cancellationToken);

    public Task<IReadOnlyList<Alert>> ReadAsync(AlertQuery query, CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<Alert>>(connection =>
        {
            using var command = connection.CreateCommand();
            var sql = new StringBuilder("SELECT data FROM alerts WHERE seq > $since");
            command.Parameters.AddWithValue("$since", query.Since);
            if (query.Actor is not null) { sql.Append(" AND actor = $actor"); command.Parameters.AddWithValue("$actor", query.Actor); }
            if (query.Topic is not null) { sql.Append(" AND topic = $topic"); command.Parameters.AddWithValue("$topic", query.Topic); }
            if (query.Kind is not null) { sql.Append(" AND kind = $kind"); command.Parameters.AddWithValue("$kind", query.Kind); }
            if (query.Status is { } status) { sql.Append(" AND status = $status"); command.Parameters.AddWithValue("$status", StatusName(status)); }
            if (query.MinSeverity is { } severity) { sql.Append(" AND severity >= $severity"); command.Parameters.AddWithValue("$severity", (int)severity); }
            sql.Append(" ORDER BY seq LIMIT $limit");
            command.Parameters.AddWithValue("$limit", query.Limit);
            command.CommandText = sql.ToString();
            using var reader = command.ExecuteReader();
            var alerts = new List<Alert>();
            while (reader.Read()) alerts.Add(Deserialize(reader.GetString(0)));
            return alerts;
        }, cancellationToken);

    public Task<Alert?> UpdateStatusAsync(string id, AlertStatus status, string? reason, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        database.WriteAsync(connection =>
        {
            var existing = Get(connection, id);
            if (existing is null) return null;
            var updated = existing with { Status = status, StatusReason = reason, StatusChangedAt = at };
            SaveData(connection, updated);
            return updated;
        }, cancellationToken);

    private static Alert? Get(SqliteConnection connection, string id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT data FROM alerts WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteScalar() is string data ? Deserialize(data) : null;
    }

    private static void SaveData(SqliteConnection connection, Alert alert)
    {
        using var update = connection.CreateCommand();
        update.CommandText = "UPDATE alerts SET data = $data, status = $status WHERE seq = $seq";
        update.Parameters.AddWithValue("$data", JsonSerializer.Serialize(alert, MonitorJson.Options));
        update.Parameters.AddWithValue("$status", StatusName(alert.Status));
        update.Parameters.AddWithValue("$seq", alert.Sequence);
        update.ExecuteNonQuery();
    }

    private static Alert Deserialize(string data) => JsonSerializer.Deserialize<Alert>(data, MonitorJson.Options)!;

    private static string StatusName(AlertStatus status) => JsonNamingPolicyName(status.ToString());

    private static string JsonNamingPolicyName(string name) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(name);
}
