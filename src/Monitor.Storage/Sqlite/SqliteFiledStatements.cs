using System.Text.Json;
using Microsoft.Data.Sqlite;
using Monitor.Abstractions;

namespace Monitor.Storage.Sqlite;

/// <summary>
/// The statements the watchers file, each once in <c>filed_statements</c> however many index entries name it, in
/// the claim index and the neighbour indexes alike: a row is found by its voice and id (<see cref="StatementRef"/>;
/// ids are unique per voice only) and referred to by its row number, which is what the claim index's entries hold.
/// The first filing of a statement is kept, as the entries filed with it were. Prepared commands on the writer's
/// connection, for the duration of one write.
/// </summary>
internal sealed class SqliteFiledStatements : IDisposable
{
    private readonly SqliteCommand _find;
    private readonly SqliteParameter _findVoice;
    private readonly SqliteParameter _findId;
    private readonly SqliteCommand _insert;
    private readonly SqliteParameter _voice;
    private readonly SqliteParameter _id;
    private readonly SqliteParameter _said;
    private readonly SqliteParameter _data;

    public SqliteFiledStatements(SqliteConnection connection)
    {
        _find = connection.CreateCommand();
        _find.CommandText = "SELECT ref, said_at FROM filed_statements WHERE voice = $voice AND statement_id = $id";
        _findVoice = _find.Parameters.Add("$voice", SqliteType.Text);
        _findId = _find.Parameters.Add("$id", SqliteType.Text);
        _insert = connection.CreateCommand();
        _insert.CommandText = "INSERT INTO filed_statements (voice, statement_id, said_at, data) VALUES ($voice, $id, $said, $data) RETURNING ref";
        _voice = _insert.Parameters.Add("$voice", SqliteType.Text);
        _id = _insert.Parameters.Add("$id", SqliteType.Text);
        _said = _insert.Parameters.Add("$said", SqliteType.Integer);
        _data = _insert.Parameters.Add("$data", SqliteType.Text);
    }

    /// <summary>The statement's row and the time it was filed as said, adding it when it is not there.</summary>
    public (long Ref, long SaidAt) Keep(Statement statement) =>
        Keep(StatementRef.For(statement), statement.SaidAt.UtcTicks, () => JsonSerializer.Serialize(statement, MonitorJson.Options));

    /// <summary>As <see cref="Keep(Statement)"/>, for a statement already in JSON; <paramref name="json"/> is called only to add it.</summary>
    public (long Ref, long SaidAt) Keep(StatementRef reference, long saidAtTicks, Func<string> json)
    {
        _findVoice.Value = reference.Voice;
        _findId.Value = reference.Id;
        using (var reader = _find.ExecuteReader())
        {
            if (reader.Read()) return (reader.GetInt64(0), reader.GetInt64(1));
        }
        _voice.Value = reference.Voice;
        _id.Value = reference.Id;
        _said.Value = saidAtTicks;
        _data.Value = json();
        return (Convert.ToInt64(_insert.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture), saidAtTicks);
    }

    public void Dispose()
    {
        _find.Dispose();
        _insert.Dispose();
    }
}
