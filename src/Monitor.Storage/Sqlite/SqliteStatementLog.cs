using System.Text.Json;
using Microsoft.Data.Sqlite;
using Monitor.Abstractions;
using Monitor.Abstractions.Storage;

namespace Monitor.Storage.Sqlite;

/// <summary>
/// Statement log rows keyed by (actor, seq) with a unique (actor, id): an append is two index
/// look-ups and one insert, so its cost does not grow with the log. <c>log_heads</c> keeps each
/// log's last sequence — actors' and voices' alike — so the outbox sweep reads one row per log.
/// </summary>
public sealed class SqliteStatementLog(SqliteDatabase database) : IStatementLog
{
    public Task<IReadOnlyList<AppendOutcome>> AppendAsync(string actor, IReadOnlyList<Statement> statements, CancellationToken cancellationToken = default) =>
        database.WriteAsync<IReadOnlyList<AppendOutcome>>(connection =>
        {
            var next = SqliteDatabase.Scalar<long>(connection, LastSequenceSql, ("$actor", actor)) + 1;
            var outcomes = new List<AppendOutcome>(statements.Count);
            using var find = connection.CreateCommand();
            find.CommandText = "SELECT seq, data FROM statements WHERE actor = $actor AND id = $id";
            var findActor = find.Parameters.Add("$actor", SqliteType.Text);
            var findId = find.Parameters.Add("$id", SqliteType.Text);
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO statements (actor, seq, id, topic, said_at, data) VALUES ($actor, $seq, $id, $topic, $said, $data)";
            var pActor = insert.Parameters.Add("$actor", SqliteType.Text);
            var pSeq = insert.Parameters.Add("$seq", SqliteType.Integer);
            var pId = insert.Parameters.Add("$id", SqliteType.Text);
            var pTopic = insert.Parameters.Add("$topic", SqliteType.Text);
            var pSaid = insert.Parameters.Add("$said", SqliteType.Integer);
            var pData = insert.Parameters.Add("$data", SqliteType.Text);
            foreach (var statement in statements)
            {
                findActor.Value = actor;
                findId.Value = statement.Id;
                var existing = FindExisting(find);
                if (existing is not null)
                {
                    var sources = existing.Sources.Concat(statement.Sources).Distinct().ToArray();
                    var added = sources.Length > existing.Sources.Count;
                    if (added) UpdateData(connection, actor, existing with { Sources = sources });
                    outcomes.Add(new AppendOutcome(statement.Id, existing.Sequence, Created: false, SourcesAdded: added));
                    continue;
                }
                var stored = statement with { Sequence = next };
                pActor.Value = actor;
                pSeq.Value = next;
                pId.Value = statement.Id;
                pTopic.Value = (object?)statement.Topic ?? DBNull.Value;
                pSaid.Value = statement.SaidAt.UtcTicks;
                pData.Value = JsonSerializer.Serialize(stored, MonitorJson.Options);
                insert.ExecuteNonQuery();
                outcomes.Add(new AppendOutcome(statement.Id, next, Created: true));
                next++;
            }
            using var head = connection.CreateCommand();
            head.CommandText = "INSERT INTO log_heads (actor, last_seq) VALUES ($actor, $seq) ON CONFLICT (actor) DO UPDATE SET last_seq = MAX(last_seq, excluded.last_seq)";
            head.Parameters.AddWithValue("$actor", actor);
            head.Parameters.AddWithValue("$seq", next - 1);
            if (next > 1) head.ExecuteNonQuery();
            return outcomes;
        }, cancellationToken);

    public Task<IReadOnlyList<Statement>> ReadAsync(string actor, long afterSequence, int limit, string? topic = null, CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<Statement>>(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = topic is null
                ? "SELECT data FROM statements WHERE actor = $actor AND seq > $after ORDER BY seq LIMIT $limit"
                : "SELECT data FROM statements WHERE actor = $actor AND topic = $topic AND seq > $after ORDER BY seq LIMIT $limit";
            command.Parameters.AddWithValue("$actor", actor);
            command.Parameters.AddWithValue("$after", afterSequence);
            command.Parameters.AddWithValue("$limit", limit);
            if (topic is not null) command.Parameters.AddWithValue("$topic", topic);
            return ReadStatements(command);
        }, cancellationToken);

    public Task<long> LastSequenceAsync(string actor, CancellationToken cancellationToken = default) =>
        database.ReadAsync(connection =>
            SqliteDatabase.Scalar<long>(connection, LastSequenceSql, ("$actor", actor)),
            cancellationToken);

    public Task MarkFedAsync(string actor, long sequence, CancellationToken cancellationToken = default) =>
        database.WriteAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO outbox_cursors (actor, fed_seq) VALUES ($actor, $seq)
                ON CONFLICT (actor) DO UPDATE SET fed_seq = MAX(fed_seq, excluded.fed_seq)
                """;
            command.Parameters.AddWithValue("$actor", actor);
            command.Parameters.AddWithValue("$seq", sequence);
            return command.ExecuteNonQuery();
        }, cancellationToken);

    public Task<long> FedSequenceAsync(string actor, CancellationToken cancellationToken = default) =>
        database.ReadAsync(connection =>
            SqliteDatabase.Scalar<long>(connection, "SELECT COALESCE(MAX(fed_seq), 0) FROM outbox_cursors WHERE actor = $actor", ("$actor", actor)),
            cancellationToken);

    public Task<IReadOnlyList<string>> ActorsWithUnfedStatementsAsync(CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<string>>(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT h.actor FROM log_heads h LEFT JOIN outbox_cursors o ON o.actor = h.actor
                WHERE h.last_seq > COALESCE(o.fed_seq, 0)
                ORDER BY h.actor
                """;
            using var reader = command.ExecuteReader();
            var actors = new List<string>();
            while (reader.Read()) actors.Add(reader.GetString(0));
            return actors;
        }, cancellationToken);

    public Task<IReadOnlyList<VoiceCount>> VoicesAsync(int limit, CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<VoiceCount>>(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT actor, MAX(seq), MAX(said_at),
                       (SELECT json_extract(data, '$.speaker') FROM statements f WHERE f.actor = s.actor AND f.seq = 1)
                FROM statements s WHERE actor >= '~' AND actor < '~~'
                GROUP BY actor ORDER BY MAX(seq) DESC, actor LIMIT $limit
                """;
            command.Parameters.AddWithValue("$limit", limit);
            using var reader = command.ExecuteReader();
            var voices = new List<VoiceCount>();
            while (reader.Read())
            {
                var key = reader.GetString(0);
                voices.Add(new VoiceCount(key, reader.IsDBNull(3) ? key : reader.GetString(3), Voices.IsReportVoice(key), reader.GetInt64(1),
                    new DateTimeOffset(reader.GetInt64(2), TimeSpan.Zero)));
            }
            return voices;
        }, cancellationToken);

    public Task<IReadOnlyDictionary<string, long>> CountsAsync(CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyDictionary<string, long>>(connection =>
        {
            // Sequences are dense (duplicates take none), so the last one is the count of statements ever recorded —
            // retention may have deleted some since: one index probe per actor.
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT id, MAX((SELECT COALESCE(MAX(seq), 0) FROM statements s WHERE s.actor = a.id), COALESCE((SELECT last_seq FROM log_heads h WHERE h.actor = a.id), 0)) FROM actors a";
            using var reader = command.ExecuteReader();
            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            while (reader.Read()) counts[reader.GetString(0)] = reader.GetInt64(1);
            return counts;
        }, cancellationToken);

    // The log head as well as the last row: retention may have deleted the newest rows, and a sequence is never given twice.
    private const string LastSequenceSql = """
        SELECT MAX((SELECT COALESCE(MAX(seq), 0) FROM statements WHERE actor = $actor), COALESCE((SELECT last_seq FROM log_heads WHERE actor = $actor), 0))
        """;

    private static Statement? FindExisting(SqliteCommand find)
    {
        using var reader = find.ExecuteReader();
        return reader.Read() ? JsonSerializer.Deserialize<Statement>(reader.GetString(1), MonitorJson.Options)! with { Sequence = reader.GetInt64(0) } : null;
    }

    private static void UpdateData(SqliteConnection connection, string actor, Statement statement)
    {
        using var update = connection.CreateCommand();
        update.CommandText = "UPDATE statements SET data = $data WHERE actor = $actor AND seq = $seq";
        update.Parameters.AddWithValue("$data", JsonSerializer.Serialize(statement, MonitorJson.Options));
        update.Parameters.AddWithValue("$actor", actor);
        update.Parameters.AddWithValue("$seq", statement.Sequence);
        update.ExecuteNonQuery();
    }

    internal static IReadOnlyList<Statement> ReadStatements(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var statements = new List<Statement>();
        while (reader.Read()) statements.Add(JsonSerializer.Deserialize<Statement>(reader.GetString(0), MonitorJson.Options)!);
        return statements;
    }
}
