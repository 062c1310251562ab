using System.Text.Json;
using Microsoft.Data.Sqlite;
using Monitor.Abstractions;
using Monitor.Abstractions.Storage;

namespace Monitor.Storage.Sqlite;

/// <summary>
/// Meaning vectors per owner in <c>neighbour_vectors</c> (a BLOB of int8 codes per statement, numbered
/// per owner in the order first filed, so a rebuild reads one owner's rows by primary key), and each
/// statement once in <c>filed_statements</c>, the table the claim index keeps its statements in too: the
/// watcher files a statement in both at once (so <see cref="GetStatementsAsync"/> also finds one filed only under
/// index keys; the grains ask only for what the vectors name). Rows are rowid rows, not WITHOUT ROWID, because a row
/// of some 400 bytes is larger than clustered rows suit.
/// </summary>
public sealed class SqliteNeighbourStore(SqliteDatabase database) : INeighbourStore
{
    public Task AddAsync(string owner, IReadOnlyList<MeaningEntry> entries, CancellationToken cancellationToken = default) =>
        entries.Count == 0 ? Task.CompletedTask : database.WriteAsync(connection =>
        {
            // The writer thread is the only writer, so the next position read here cannot be taken by another.
            var next = SqliteDatabase.Scalar<long>(connection, "SELECT COALESCE(MAX(position), 0) FROM neighbour_vectors WHERE owner = $owner", ("$owner", owner)) + 1;
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT OR IGNORE INTO neighbour_vectors (owner, position, voice, statement_id, document_id, said_at, vectors)
                VALUES ($owner, $position, $voice, $id, $document, $said, $vectors)
                """;
            insert.Parameters.AddWithValue("$owner", owner);
            var position = insert.Parameters.Add("$position", SqliteType.Integer);
            var voice = insert.Parameters.Add("$voice", SqliteType.Text);
            var id = insert.Parameters.Add("$id", SqliteType.Text);
            var document = insert.Parameters.Add("$document", SqliteType.Text);
            var said = insert.Parameters.Add("$said", SqliteType.Integer);
            var vectors = insert.Parameters.Add("$vectors", SqliteType.Blob);
            using var statements = new SqliteFiledStatements(connection);
            foreach (var entry in entries)
            {
                var reference = StatementRef.For(entry.Statement);
                position.Value = next;
                voice.Value = reference.Voice;
                id.Value = reference.Id;
                document.Value = (object?)entry.Statement.DocumentId ?? DBNull.Value;
                said.Value = entry.Statement.SaidAt.UtcTicks;
                vectors.Value = entry.Vectors;
                // Ignored when the owner holds the statement already: its position is then not used up.
                if (insert.ExecuteNonQuery() == 0) continue;
                next++;
                statements.Keep(entry.Statement);
            }
            return entries.Count;
        }, cancellationToken);

    public Task<IReadOnlyList<StoredMeaning>> ReadAsync(string owner, long afterPosition, int limit, CancellationToken cancellationToken = default) =>
        limit <= 0 ? Task.FromResult<IReadOnlyList<StoredMeaning>>([]) : database.ReadAsync<IReadOnlyList<StoredMeaning>>(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT position, voice, statement_id, document_id, said_at, vectors FROM neighbour_vectors
                WHERE owner = $owner AND position > $after ORDER BY position LIMIT $limit
                """;
            command.Parameters.AddWithValue("$owner", owner);
            command.Parameters.AddWithValue("$after", afterPosition);
            command.Parameters.AddWithValue("$limit", limit);
            using var reader = command.ExecuteReader();
            var found = new List<StoredMeaning>();
            while (reader.Read())
            {
                found.Add(new StoredMeaning(
                    reader.GetInt64(0),
                    new StatementRef(reader.GetString(1), reader.GetString(2)),
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    new DateTimeOffset(reader.GetInt64(4), TimeSpan.Zero),
                    (byte[])reader.GetValue(5)));
            }
            return found;
        }, cancellationToken);

    public Task<IReadOnlyList<Statement>> GetStatementsAsync(IReadOnlyList<StatementRef> statements, CancellationToken cancellationToken = default) =>
        statements.Count == 0 ? Task.FromResult<IReadOnlyList<Statement>>([]) : database.ReadAsync<IReadOnlyList<Statement>>(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT data FROM filed_statements WHERE voice = $voice AND statement_id = $id";
            var voice = command.Parameters.Add("$voice", SqliteType.Text);
            var id = command.Parameters.Add("$id", SqliteType.Text);
            var found = new List<Statement>(statements.Count);
            foreach (var reference in statements)
            {
                voice.Value = reference.Voice;
                id.Value = reference.Id;
                if (command.ExecuteScalar() is string json) found.Add(JsonSerializer.Deserialize<Statement>(json, MonitorJson.Options)!);
            }
            return found;
        }, cancellationToken);
}
