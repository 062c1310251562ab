using System.Globalization;
using System.Text.Json;
using Orleans.Runtime;
using Orleans.Storage;

namespace Monitor.Storage.Sqlite;

/// <summary>
/// Orleans grain state in the embedded database, serialized with System.Text.Json (no CLR type
/// names). The ETag is a row version: a write whose ETag is stale fails with
/// <see cref="InconsistentStateException"/> instead of overwriting a newer state. States of the
/// grain types in <paramref name="backgroundGrainTypes"/> are written in the background queue
/// (see <see cref="SqliteDatabase"/>).
/// </summary>
public sealed class SqliteGrainStorage(string name, SqliteDatabase database, JsonSerializerOptions serializerOptions, IReadOnlySet<string> backgroundGrainTypes) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var (type, id) = Key(stateName, grainId);
        var data = JsonSerializer.Serialize(grainState.State, serializerOptions);
        var expected = ParseEtag(grainState.ETag);
        var background = backgroundGrainTypes.Contains(grainId.Type.ToString()!);
        Task<(bool Ok, long? Current)> Write(Func<Microsoft.Data.Sqlite.SqliteConnection, (bool Ok, long? Current)> work) =>
            background ? database.WriteInBackgroundAsync(work) : database.WriteAsync(work);
        var written = await Write(connection =>
        {
            var current = CurrentEtag(connection, type, id);
            if (current != expected) return (Ok: false, Current: current);
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO grain_state (grain_type, grain_id, etag, data) VALUES ($type, $id, $etag, $data)
                ON CONFLICT (grain_type, grain_id) DO UPDATE SET etag = excluded.etag, data = excluded.data
                """;
            command.Parameters.AddWithValue("$type", type);
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$etag", (expected ?? 0) + 1);
            command.Parameters.AddWithValue("$data", data);
            command.ExecuteNonQuery();
            return (Ok: true, Current: (expected ?? 0) + 1);
        });
        if (!written.Ok)
            throw new InconsistentStateException($"Grain state {type}/{id} in storage '{name}' changed since it was read.", FormatEtag(written.Current), grainState.ETag);
        grainState.ETag = FormatEtag(written.Current);
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var (type, id) = Key(stateName, grainId);
        var expected = ParseEtag(grainState.ETag);
        var cleared = await database.WriteAsync(connection =>
        {
            var current = CurrentEtag(connection, type, id);
            if (current != expected) return (Ok: false, Current: current);
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM grain_state WHERE grain_type = $type AND grain_id = $id";
            command.Parameters.AddWithValue("$type", type);
            command.Parameters.AddWithValue("$id", id);
            command.ExecuteNonQuery();
            return (Ok: true, Current: (long?)null);
        });
        if (!cleared.Ok)
            throw new InconsistentStateException($"Grain state {type}/{id} in storage '{name}' changed since it was read.", FormatEtag(cleared.Current), grainState.ETag);
        grainState.ETag = null;
        grainState.RecordExists = false;
        grainState.State = Activator.CreateInstance<T>();
    }

    private async Task ReadAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var (type, id) = Key(stateName, grainId);
        var row = await database.ReadAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT etag, data FROM grain_state WHERE grain_type = $type AND grain_id = $id";
            command.Parameters.AddWithValue("$type", type);
            command.Parameters.AddWithValue("$id", id);
            using var reader = command.ExecuteReader();
            return reader.Read() ? (Etag: (long?)reader.GetInt64(0), Data: reader.GetString(1)) : (Etag: null, Data: null);
        });
        if (row.Data is null)
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }
        grainState.State = JsonSerializer.Deserialize<T>(row.Data, serializerOptions) ?? Activator.CreateInstance<T>();
        grainState.ETag = FormatEtag(row.Etag);
        grainState.RecordExists = true;
    }

    private static long? CurrentEtag(Microsoft.Data.Sqlite.SqliteConnection connection, string type, string id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT etag FROM grain_state WHERE grain_type = $type AND grain_id = $id";
        command.Parameters.AddWithValue("$type", type);
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteScalar() is long etag ? etag : null;
    }

    private static (string Type, string Id) Key(string stateName, GrainId grainId) =>
        ($"{grainId.Type}/{stateName}", grainId.Key.ToString()!);

    private static long? ParseEtag(string? etag) =>
        etag is null ? null : long.Parse(etag, CultureInfo.InvariantCulture);

    private static string? FormatEtag(long? etag) => etag?.ToString(CultureInfo.InvariantCulture);
}
