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
            if (existing is not null)
            {
                var merged = existing with
                {
                    Earlier = existing.Earlier with { Sources = Union(existing.Earlier.Sources, alert.Earlier.Sources) },
                    Later = existing.Later with { Sources = Union(existing.Later.Sources, alert.Later.Sources) },
                };
                var added = merged.Earlier.Sources.Count != existing.Earlier.Sources.Count || merged.Later.Sources.Count != existing.Later.Sources.Count;
                if (added) SaveData(connection, merged);
                return new AlertAppendOutcome(added ? merged : existing, Created: false, SourcesAdded: added);
            }

            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO alerts (id, actor, topic, kind, detector, severity, status, suppressed, later_said_at, data)
                VALUES ($id, $actor, $topic, $kind, $detector, $severity, $status, $suppressed, $said, '');
                SELECT last_insert_rowid();
                """;
            insert.Parameters.AddWithValue("$id", alert.Id);
            insert.Parameters.AddWithValue("$actor", (object?)alert.Actor ?? DBNull.Value);
            insert.Parameters.AddWithValue("$topic", (object?)alert.Topic ?? DBNull.Value);
            insert.Parameters.AddWithValue("$kind", alert.Kind);
            insert.Parameters.AddWithValue("$detector", alert.Detector);
            insert.Parameters.AddWithValue("$severity", (int)alert.Severity);
            insert.Parameters.AddWithValue("$status", StatusName(alert.Status));
            insert.Parameters.AddWithValue("$suppressed", alert.SuppressedBy is null ? 0 : 1);
            insert.Parameters.AddWithValue("$said", alert.Later.SaidAt.UtcTicks);
            var sequence = (long)insert.ExecuteScalar()!;
            var stored = alert with { Sequence = sequence };
            SaveData(connection, stored);
            return new AlertAppendOutcome(stored, Created: true);
        }, cancellationToken);

    public Task SuppressAsync(IReadOnlyList<string> ids, string suppressedBy, CancellationToken cancellationToken = default) =>
        ids.Count == 0 ? Task.CompletedTask : database.WriteAsync(connection =>
        {
            foreach (var id in ids)
            {
                if (Get(connection, id) is { SuppressedBy: null } alert) SaveData(connection, alert with { SuppressedBy = suppressedBy });
            }
            return ids.Count;
        }, cancellationToken);

    public Task<Alert?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        database.ReadAsync(connection => Get(connection, id), cancellationToken);

    public Task<long> LastSequenceAsync(CancellationToken cancellationToken = default) =>
        database.ReadAsync(connection =>
        {
            using var command = connection.CreateCommand();
            // AUTOINCREMENT's own counter: retention may have deleted the newest alerts, and the cursor never goes back.
            command.CommandText = "SELECT MAX(COALESCE((SELECT MAX(seq) FROM alerts), 0), COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'alerts'), 0))";
            return (long)command.ExecuteScalar()!;
        }, cancellationToken);

    public Task<IReadOnlyList<Alert>> ReadAsync(AlertQuery query, CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<Alert>>(connection =>
        {
            using var command = connection.CreateCommand();
            var sql = new StringBuilder("SELECT data FROM alerts WHERE seq > $since");
            command.Parameters.AddWithValue("$since", query.Since);
            void Equal(string column, string name, object? value)
            {
                if (value is null) return;
                sql.Append($" AND {column} = {name}");
                command.Parameters.AddWithValue(name, value);
            }
            void In(string column, string name, IReadOnlyList<string>? values)
            {
                if (values is not { Count: > 0 }) return;
                sql.Append($" AND {column} IN ({string.Join(", ", values.Select((_, i) => $"{name}{i}"))})");
                for (var i = 0; i < values.Count; i++) command.Parameters.AddWithValue($"{name}{i}", values[i]);
            }
            Equal("actor", "$actor", query.Actor);
            Equal("topic", "$topic", query.Topic);
            Equal("kind", "$kind", query.Kind);
            Equal("status", "$status", query.Status is { } status ? StatusName(status) : null);
            In("actor", "$actors", query.Actors);
            In("topic", "$topics", query.Topics);
            In("kind", "$kinds", query.Kinds);
            if (query.MinSeverity is { } severity) { sql.Append(" AND severity >= $severity"); command.Parameters.AddWithValue("$severity", (int)severity); }
            if (query.LaterSaidFrom is { } from) { sql.Append(" AND later_said_at >= $from"); command.Parameters.AddWithValue("$from", from.UtcTicks); }
            if (!query.IncludeSuppressed) sql.Append(" AND suppressed = 0");
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

    public Task<IReadOnlyList<AlertFeedbackCount>> FeedbackAsync(CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<AlertFeedbackCount>>(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT kind, detector, status, COUNT(*) FROM alerts GROUP BY kind, detector, status ORDER BY kind, detector, status";
            using var reader = command.ExecuteReader();
            var counts = new List<AlertFeedbackCount>();
            while (reader.Read())
            {
                var status = Enum.GetValues<AlertStatus>().First(s => StatusName(s) == reader.GetString(2));
                counts.Add(new AlertFeedbackCount(reader.GetString(0), reader.GetString(1), status, reader.GetInt64(3)));
            }
            return counts;
        }, cancellationToken);

    private static IReadOnlyList<SourceRef> Union(IReadOnlyList<SourceRef> stored, IReadOnlyList<SourceRef> incoming) =>
        stored.Concat(incoming).Distinct().ToArray();

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
        update.CommandText = "UPDATE alerts SET data = $data, status = $status, suppressed = $suppressed WHERE seq = $seq";
        update.Parameters.AddWithValue("$data", JsonSerializer.Serialize(alert, MonitorJson.Options));
        update.Parameters.AddWithValue("$status", StatusName(alert.Status));
        update.Parameters.AddWithValue("$suppressed", alert.SuppressedBy is null ? 0 : 1);
        update.Parameters.AddWithValue("$seq", alert.Sequence);
        update.ExecuteNonQuery();
    }

    private static Alert Deserialize(string data) => JsonSerializer.Deserialize<Alert>(data, MonitorJson.Options)!;

    private static string StatusName(AlertStatus status) => JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString());
}
