using System.Text.Json;
using Monitor.Abstractions;
using Monitor.Abstractions.Storage;

namespace Monitor.Storage.Sqlite;

/// <summary>
/// Retention on the embedded store. Reads page through the tables on the thread pool; each page's deletes are one
/// write on the writer thread, so retention never holds the ingest path for longer than one page.
/// </summary>
public sealed class SqliteRetentionStore(SqliteDatabase database) : IRetentionStore
{
    private const int Page = 500;

    public Task<IReadOnlyList<string>> LogsAsync(CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<string>>(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT actor FROM log_heads ORDER BY actor";
            using var reader = command.ExecuteReader();
            var logs = new List<string>();
            while (reader.Read()) logs.Add(reader.GetString(0));
            return logs;
        }, cancellationToken);

    public async Task<AlertRetentionOutcome> ApplyToAlertsAsync(DateTimeOffset? raisedBefore, CancellationToken cancellationToken = default)
    {
        var cited = new HashSet<string>(StringComparer.Ordinal);
        var deleted = 0L;
        for (var after = 0L; ;)
        {
            var page = await database.ReadAsync(connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT seq, data FROM alerts WHERE seq > $after ORDER BY seq LIMIT $limit";
                command.Parameters.AddWithValue("$after", after);
                command.Parameters.AddWithValue("$limit", Page);
                using var reader = command.ExecuteReader();
                var rows = new List<(long Seq, Alert Alert)>();
                while (reader.Read()) rows.Add((reader.GetInt64(0), JsonSerializer.Deserialize<Alert>(reader.GetString(1), MonitorJson.Options)!));
                return rows;
            }, cancellationToken);
            if (page.Count == 0) break;
            var expired = new List<long>();
            foreach (var (seq, alert) in page)
            {
                if (IsClosed(alert.Status))
                {
                    if (alert.RaisedAt < raisedBefore) expired.Add(seq);
                }
                else
                {
                    cited.Add(alert.Earlier.StatementId);
                    cited.Add(alert.Later.StatementId);
                }
            }
            if (expired.Count > 0)
            {
                // The status is checked again under the writer: an alert cannot be reopened, but this keeps the rule in one statement.
                deleted += await database.WriteAsync(connection =>
                {
                    using var delete = connection.CreateCommand();
                    delete.CommandText = "DELETE FROM alerts WHERE seq = $seq AND status IN ('resolved', 'dismissed')";
                    var seq = delete.Parameters.Add("$seq", Microsoft.Data.Sqlite.SqliteType.Integer);
                    var count = 0L;
                    foreach (var s in expired)
                    {
                        seq.Value = s;
                        count += delete.ExecuteNonQuery();
                    }
                    return count;
                }, cancellationToken);
            }
            after = page[^1].Seq;
        }
        return new AlertRetentionOutcome(deleted, cited);
    }

    public async Task<long> DeleteStatementsAsync(string log, DateTimeOffset recordedBefore, long upToSequence, IReadOnlySet<string> keep, CancellationToken cancellationToken = default)
    {
        var deleted = 0L;
        for (var after = 0L; after < upToSequence;)
        {
            var page = await database.ReadAsync(connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT seq, data FROM statements WHERE actor = $actor AND seq > $after AND seq <= $upTo ORDER BY seq LIMIT $limit";
                command.Parameters.AddWithValue("$actor", log);
                command.Parameters.AddWithValue("$after", after);
                command.Parameters.AddWithValue("$upTo", upToSequence);
                command.Parameters.AddWithValue("$limit", Page);
                using var reader = command.ExecuteReader();
                var rows = new List<(long Seq, Statement Statement)>();
                while (reader.Read()) rows.Add((reader.GetInt64(0), JsonSerializer.Deserialize<Statement>(reader.GetString(1), MonitorJson.Options)!));
                return rows;
            }, cancellationToken);
            if (page.Count == 0) break;
            var expired = new List<long>();
            var reachedLive = false;
            foreach (var (seq, statement) in page)
            {
                if (RecordedAt(statement) >= recordedBefore) { reachedLive = true; break; }
                if (!keep.Contains(statement.Id)) expired.Add(seq);
            }
            if (expired.Count > 0)
            {
                deleted += await database.WriteAsync(connection =>
                {
                    using var delete = connection.CreateCommand();
                    delete.CommandText = "DELETE FROM statements WHERE actor = $actor AND seq = $seq";
                    delete.Parameters.AddWithValue("$actor", log);
                    var seq = delete.Parameters.Add("$seq", Microsoft.Data.Sqlite.SqliteType.Integer);
                    var count = 0L;
                    foreach (var s in expired)
                    {
                        seq.Value = s;
                        count += delete.ExecuteNonQuery();
                    }
                    return count;
                }, cancellationToken);
            }
            if (reachedLive) break;
            after = page[^1].Seq;
        }
        return deleted;
    }

    internal static bool IsClosed(AlertStatus status) => status is AlertStatus.Resolved or AlertStatus.Dismissed;

    // A statement stored before the log stamped its recording time counts from when it was said.
    internal static DateTimeOffset RecordedAt(Statement statement) => statement.RecordedAt ?? statement.SaidAt;
}
