using System.Net;
using System.Text.Json.Nodes;
using Monitor.TestSupport;
using static Monitor.Silo.Tests.Json;

namespace Monitor.Silo.Tests.Cluster;

/// <summary>Subscriptions and live streams are cluster-wide: any silo takes them, any silo's alerts reach them, and a dead silo loses none.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterDeliveryTests
{
    [Fact]
    public async Task A_webhook_set_up_on_one_silo_gets_an_alert_raised_on_another_even_after_the_first_is_killed()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        string[] cluster =
        [
            "--redis", redis.Address, "--advertise", "127.0.0.1", "--cluster-id", "hooks-" + Guid.NewGuid().ToString("N")[..8],
            "--Monitor:Embeddings=false", .. AlertDeliveryTests.FastRetries,
        ];
        var first = await ServiceProcess.StartAsync("/nonexistent", ServicePorts.Free(), cluster);
        await using var second = await ServiceProcess.StartAsync("/nonexistent", ServicePorts.Free(), cluster);
        try
        {
            Assert.True((await first.Client.PutAsync("/api/actors/hooked", Body(new { name = "Hooked" }))).IsSuccessStatusCode);
            using var created = await first.Client.PostAsync("/api/subscriptions", Body(new JsonObject
            {
                ["url"] = $"{receiver.Url}/hook/cluster",
                ["secret"] = "a-secret-of-enough-length",
                ["filter"] = new JsonObject { ["actors"] = new JsonArray("hooked") },
            }.ToJsonString()));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var subscription = (string)(await ReadAsync(created))["id"]!;

            // The stream on the first silo sees what the second raises.
            using var stream = await first.Client.GetAsync("/api/alerts/stream?actor=hooked", HttpCompletionOption.ResponseHeadersRead);
            using var events = new StreamReader(await stream.Content.ReadAsStreamAsync());

            receiver.Answer = 500;
            using var posted = await second.Client.PostAsync("/api/statements", Body(new[]
            {
                Statement("hooked-1", "hooked", "We support the canal plan.", "2024-05-01T09:00:00Z", "canal", "support"),
                Statement("hooked-2", "hooked", "We oppose the canal plan.", "2024-05-09T09:00:00Z", "canal", "oppose"),
            }));
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
            var alertId = await NextAlertIdAsync(events);
            await receiver.WaitForAsync("cluster", r => r.Count >= 2);

            // Whichever silo held the subscription, killing the first leaves the delivery to the second.
            first.Kill();
            receiver.Answer = 200;
            var received = await receiver.WaitForAsync("cluster", r => r.Any(x => x.Answered == 200), seconds: 150);

            Assert.Single(received.Select(r => r.DeliveryId).Distinct());
            Assert.Contains(alertId, received.First(r => r.Answered == 200).Text);
            var deliveries = (await GetAsync(second.Client, $"/api/subscriptions/{subscription}/deliveries")).AsArray();
            Assert.Equal("delivered", (string?)Assert.Single(deliveries)!["status"]);
        }
        finally
        {
            await first.DisposeAsync();
        }
    }

    private static async Task<string> NextAlertIdAsync(StreamReader events)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await events.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal)) return (string)JsonNode.Parse(line[6..])!["id"]!;
        }
        throw new InvalidOperationException("the stream ended before an alert came");
    }
}
