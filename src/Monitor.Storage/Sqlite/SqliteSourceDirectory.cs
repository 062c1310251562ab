using System.Text.Json;
using Monitor.Abstractions;
using Monitor.Abstractions.Storage;

namespace Monitor.Storage.Sqlite;

/// <summary>One row per source; status rows are rewritten after every poll, so they queue behind the ingest path.</summary>
public sealed class SqliteSourceDirectory(SqliteDatabase database) : ISourceDirectory
{
    public Task UpsertAsync(NewsSource source, CancellationToken cancellationToken = default) =>
        database.WriteInBackgroundAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO sources (id, data) VALUES ($id, $data) ON CONFLICT (id) DO UPDATE SET data = excluded.data";
            command.Parameters.AddWithValue("$id", source.Definition.Id);
            command.Parameters.AddWithValue("$data", JsonSerializer.Serialize(source, MonitorJson.Options));
            return command.ExecuteNonQuery();
        }, cancellationToken);

    public Task<NewsSource?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        database.ReadAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT data FROM sources WHERE id = $id";
            command.Parameters.AddWithValue("$id", id);
            return command.ExecuteScalar() is string data ? JsonSerializer.Deserialize<NewsSource>(data, MonitorJson.Options) : null;
        }, cancellationToken);

    public Task<IReadOnlyList<NewsSource>> ListAsync(CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<NewsSource>>(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT data FROM sources ORDER BY id";
            using var reader = command.ExecuteReader();
            var sources = new List<NewsSource>();
            while (reader.Read()) sources.Add(JsonSerializer.Deserialize<NewsSource>(reader.GetString(0), MonitorJson.Options)!);
            return sources;
        }, cancellationToken);

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        database.WriteAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM sources WHERE id = $id";
            command.Parameters.AddWithValue("$id", id);
            return command.ExecuteNonQuery() > 0;
        }, cancellationToken);
}
