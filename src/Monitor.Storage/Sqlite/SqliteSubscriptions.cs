using System.Text.Json;
using Monitor.Abstractions;
using Monitor.Abstractions.Storage;

namespace Monitor.Storage.Sqlite;

public sealed class SqliteSubscriptionStore(SqliteDatabase database) : ISubscriptionStore
{
    public Task<bool> CreateAsync(Subscription subscription, int maxPerOwner = int.MaxValue, CancellationToken cancellationToken = default) =>
        database.WriteAsync(connection =>
        {
            // On the single writer: the look-up, the count and the insert cannot interleave with another create.
            using (var existing = connection.CreateCommand())
            {
                existing.CommandText = "SELECT owner FROM subscriptions WHERE id = $id";
                existing.Parameters.AddWithValue("$id", subscription.Id);
                // A retry after a lost reply finds its own write: only a different subscription under the id is a conflict.
                if (existing.ExecuteScalar() is string owner)
                    return owner == subscription.Owner ? true : throw new InvalidOperationException($"A subscription with id '{subscription.Id}' exists.");
            }
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO subscriptions (id, owner, data)
                SELECT $id, $owner, $data WHERE (SELECT COUNT(*) FROM subscriptions WHERE owner = $owner) < $max
                """;
            command.Parameters.AddWithValue("$id", subscription.Id);
            command.Parameters.AddWithValue("$owner", subscription.Owner);
            command.Parameters.AddWithValue("$data", JsonSerializer.Serialize(subscription, MonitorJson.Options));
            command.Parameters.AddWithValue("$max", maxPerOwner);
            return command.ExecuteNonQuery() == 1;
        }, cancellationToken);

    public Task<Subscription?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        database.ReadAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT data FROM subscriptions WHERE id = $id";
            command.Parameters.AddWithValue("$id", id);
            return command.ExecuteScalar() is string data ? JsonSerializer.Deserialize<Subscription>(data, MonitorJson.Options) : null;
        }, cancellationToken);

    public Task<IReadOnlyList<Subscription>> ListAsync(string? owner = null, CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<Subscription>>(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = owner is null ? "SELECT data FROM subscriptions ORDER BY id" : "SELECT data FROM subscriptions WHERE owner = $owner ORDER BY id";
            if (owner is not null) command.Parameters.AddWithValue("$owner", owner);
            using var reader = command.ExecuteReader();
            var subscriptions = new List<Subscription>();
            while (reader.Read()) subscriptions.Add(JsonSerializer.Deserialize<Subscription>(reader.GetString(0), MonitorJson.Options)!);
            return subscriptions;
        }, cancellationToken);

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        database.WriteAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM subscriptions WHERE id = $id";
            command.Parameters.AddWithValue("$id", id);
            return command.ExecuteNonQuery() > 0;
        }, cancellationToken);
}

public sealed class SqliteDeliveryLog(SqliteDatabase database) : IDeliveryLog
{
    public Task SaveAsync(Delivery delivery, CancellationToken cancellationToken = default) =>
        database.WriteInBackgroundAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO deliveries (subscription_id, id, created_at, data) VALUES ($sub, $id, $created, $data)
                ON CONFLICT (subscription_id, id) DO UPDATE SET data = excluded.data
                """;
            command.Parameters.AddWithValue("$sub", delivery.SubscriptionId);
            command.Parameters.AddWithValue("$id", delivery.Id);
            command.Parameters.AddWithValue("$created", delivery.CreatedAt.UtcTicks);
            command.Parameters.AddWithValue("$data", JsonSerializer.Serialize(delivery, MonitorJson.Options));
            return command.ExecuteNonQuery();
        }, cancellationToken);

    public Task<Delivery?> GetAsync(string subscriptionId, string deliveryId, CancellationToken cancellationToken = default) =>
        database.ReadAsync(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT data FROM deliveries WHERE subscription_id = $sub AND id = $id";
            command.Parameters.AddWithValue("$sub", subscriptionId);
            command.Parameters.AddWithValue("$id", deliveryId);
            return command.ExecuteScalar() is string data ? JsonSerializer.Deserialize<Delivery>(data, MonitorJson.Options) : null;
        }, cancellationToken);

    public Task<IReadOnlyList<Delivery>> ListAsync(string subscriptionId, int limit, CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<Delivery>>(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT data FROM deliveries WHERE subscription_id = $sub ORDER BY created_at DESC, id DESC LIMIT $limit";
            command.Parameters.AddWithValue("$sub", subscriptionId);
            command.Parameters.AddWithValue("$limit", limit);
            using var reader = command.ExecuteReader();
            var deliveries = new List<Delivery>();
            while (reader.Read()) deliveries.Add(JsonSerializer.Deserialize<Delivery>(reader.GetString(0), MonitorJson.Options)!);
            return deliveries;
        }, cancellationToken);
}
