using System.Text.Json;
using Monitor.Abstractions;
using Monitor.Abstractions.Storage;

namespace Monitor.Storage.Sqlite;

public sealed class SqliteActorDirectory(SqliteDatabase database) : IActorDirectory
{
    public Task UpsertAsync(ActorDefinition actor, CancellationToken cancellationToken = default) =>
        database.WriteAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO actors (id, data) VALUES ($id, $data) ON CONFLICT (id) DO UPDATE SET data = excluded.data";
            command.Parameters.AddWithValue("$id", actor.Id);
            command.Parameters.AddWithValue("$data", JsonSerializer.Serialize(actor, MonitorJson.Options));
            return command.ExecuteNonQuery();
        }, cancellationToken);

    public Task<ActorDefinition?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        database.ReadAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT data FROM actors WHERE id = $id";
            command.Parameters.AddWithValue("$id", id);
            return command.ExecuteScalar() is string data ? JsonSerializer.Deserialize<ActorDefinition>(data, MonitorJson.Options) : null;
        }, cancellationToken);

    public Task<IReadOnlyList<ActorDefinition>> ListAsync(CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<ActorDefinition>>(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT data FROM actors ORDER BY id";
            using var reader = command.ExecuteReader();
            var actors = new List<ActorDefinition>();
            while (reader.Read()) actors.Add(JsonSerializer.Deserialize<ActorDefinition>(reader.GetString(0), MonitorJson.Options)!);
            return actors;
        }, cancellationToken);
}

/// <summary>Topics keep the order they were first defined in, which breaks ties when classifying text.</summary>
public sealed class SqliteTopicDirectory(SqliteDatabase database) : ITopicDirectory
{
    public Task UpsertAsync(TopicDefinition topic, CancellationToken cancellationToken = default) =>
        database.WriteAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO topics (id, ord, data) VALUES ($id, (SELECT COALESCE(MAX(ord), 0) + 1 FROM topics), $data)
                ON CONFLICT (id) DO UPDATE SET data = excluded.data
                """;
            command.Parameters.AddWithValue("$id", topic.Id);
            command.Parameters.AddWithValue("$data", JsonSerializer.Serialize(topic, MonitorJson.Options));
            return command.ExecuteNonQuery();
        }, cancellationToken);

    public Task<IReadOnlyList<TopicDefinition>> ListAsync(CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<TopicDefinition>>(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT data FROM topics ORDER BY ord";
            using var reader = command.ExecuteReader();
            var topics = new List<TopicDefinition>();
            while (reader.Read()) topics.Add(JsonSerializer.Deserialize<TopicDefinition>(reader.GetString(0), MonitorJson.Options)!);
            return topics;
        }, cancellationToken);
}
