using System.Text.Json;
using Microsoft.Data.Sqlite;
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
            var page = await ReadPageAsync<Alert>("SELECT seq, data FROM alerts WHERE seq > $after ORDER BY seq LIMIT $limit", after, null, cancellationToken);
            if (page.Count == 0) break;
            var expired = new List<long>();
            foreach (var (seq, alert) in page)
            {
                if (RetentionRules.IsClosed(alert.Status))
                {
                    if (alert.RaisedAt < raisedBefore) expired.Add(seq);
                }
                else
                {
                    cited.Add(alert.Earlier.StatementId);
                    cited.Add(alert.Later.StatementId);
                }
            }
            // The status is checked again under the writer: an alert cannot be reopened, but this keeps the rule in one statement.
            deleted += await DeleteAsync("DELETE FROM alerts WHERE seq = $seq AND status IN ('resolved', 'dismissed')", expired, null, cancellationToken);
            after = page[^1].Seq;
        }
        return new AlertRetentionOutcome(deleted, cited);
    }

    public async Task<long> DeleteStatementsAsync(string log, DateTimeOffset recordedBefore, long upToSequence, IReadOnlySet<string> keep, CancellationToken cancellationToken = default)
    {
        var deleted = 0L;
        for (var after = 0L; after < upToSequence;)
        {
            var page = await ReadPageAsync<Statement>("SELECT seq, data FROM statements WHERE actor = $actor AND seq > $after AND seq <= $upTo ORDER BY seq LIMIT $limit",
                after, command =>
                {
                    command.Parameters.AddWithValue("$actor", log);
                    command.Parameters.AddWithValue("$upTo", upToSequence);
                }, cancellationToken);
            if (page.Count == 0) break;
            var expired = new List<long>();
            var reachedLive = false;
            foreach (var (seq, statement) in page)
            {
                if (RetentionRules.RecordedAt(statement) >= recordedBefore) { reachedLive = true; break; }
                if (!keep.Contains(statement.Id)) expired.Add(seq);
            }
            deleted += await DeleteAsync("DELETE FROM statements WHERE actor = $actor AND seq = $seq", expired,
                command => command.Parameters.AddWithValue("$actor", log), cancellationToken);
            if (reachedLive) break;
            after = page[^1].Seq;
        }
        return deleted;
    }

    /// <summary>One page of rows after <paramref name="after"/>, each row's sequence with its JSON read back.</summary>
    private Task<List<(long Seq, T Item)>> ReadPageAsync<T>(string sql, long after, Action<SqliteCommand>? bind, CancellationToken cancellationToken) =>
        database.ReadAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$after", after);
            command.Parameters.AddWithValue("$limit", Page);
            bind?.Invoke(command);
            using var reader = command.ExecuteReader();
            var rows = new List<(long Seq, T Item)>();
            while (reader.Read()) rows.Add((reader.GetInt64(0), JsonSerializer.Deserialize<T>(reader.GetString(1), MonitorJson.Options)!));
            return rows;
        }, cancellationToken);

    /// <summary>Deletes the rows with these sequences in one write; returns how many went.</summary>
    private async Task<long> DeleteAsync(string sql, IReadOnlyList<long> sequences, Action<SqliteCommand>? bind, CancellationToken cancellationToken)
    {
        if (sequences.Count == 0) return 0;
        return await database.WriteAsync(connection =>
        {
            using var delete = connection.CreateCommand();
            delete.CommandText = sql;
            bind?.Invoke(delete);
            var seq = delete.Parameters.Add("$seq", SqliteType.Integer);
            var count = 0L;
            foreach (var s in sequences)
            {
                seq.Value = s;
                count += delete.ExecuteNonQuery();
            }
            return count;
        }, cancellationToken);
    }
}
