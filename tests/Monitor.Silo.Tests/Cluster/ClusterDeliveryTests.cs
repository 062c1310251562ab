using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitor.Abstractions;
using Monitor.Client;
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
            var deliveries = await DeliveryLog.UntilDeliveredAsync(second.Client, subscription);
            Assert.Equal("delivered", (string?)Assert.Single(deliveries)!["status"]);
        }
        finally
        {
            await first.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_dotnet_client_finds_the_cluster_through_Redis_and_follows_alerts_across_a_silo_death()
    {
        await using var redis = await RedisServer.StartAsync();
        var clusterId = "client-" + Guid.NewGuid().ToString("N")[..8];
        string[] cluster = ["--redis", redis.Address, "--advertise", "127.0.0.1", "--cluster-id", clusterId, "--no-sample", "--Monitor:Embeddings=false"];
        var first = await ServiceProcess.StartAsync("/nonexistent", ServicePorts.Free(), cluster);
        await using var second = await ServiceProcess.StartAsync("/nonexistent", ServicePorts.Free(), cluster);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client => client.UseMonitorCluster(redis.Address, clusterId));
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            Assert.True((await second.Client.PutAsync("/api/actors/followed", Body(new { name = "Followed" }))).IsSuccessStatusCode);
            var received = new System.Collections.Concurrent.ConcurrentQueue<Alert>();
            await using var feed = new MonitorAlertFeed(host.Services.GetRequiredService<IClusterClient>(), new AlertFilter(["followed"], [], [], AlertSeverity.Low),
                since: 0, alert => { received.Enqueue(alert); return Task.CompletedTask; }, renewEvery: TimeSpan.FromSeconds(2));
            await feed.StartAsync();

            await ReverseAsync(first.Client, "followed", "canal", day: 1);
            await UntilAsync(() => received.Count >= 1);
            first.Kill();
            await ReverseAsync(second.Client, "followed", "bridge", day: 10);
            await UntilAsync(() => received.Count >= 2);

            Assert.Equal(["canal", "bridge"], received.Select(a => a.Topic));
            Assert.Equal(received.Count, received.Select(a => a.Id).Distinct().Count());
        }
        finally
        {
            await host.StopAsync();
            await first.DisposeAsync();
        }
    }

    private static async Task ReverseAsync(HttpClient client, string actor, string topic, int day)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            // While the dead silo is not yet declared dead, a call to one of its grains answers 503: send it again.
            using var posted = await client.PostAsync("/api/statements", Body(new[]
            {
                Statement($"{actor}-{topic}-s", actor, $"We support the {topic} plan.", $"2024-05-{day:D2}T09:00:00Z", topic, "support"),
                Statement($"{actor}-{topic}-o", actor, $"We oppose the {topic} plan.", $"2024-05-{day + 5:D2}T09:00:00Z", topic, "oppose"),
            }));
            if (posted.StatusCode == HttpStatusCode.OK) return;
            Assert.Equal(HttpStatusCode.ServiceUnavailable, posted.StatusCode);
            Assert.True(DateTime.UtcNow < deadline, "no silo acknowledged the statements within 90 s");
            await Task.Delay(500);
        }
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the client's feed did not deliver the alert within 90 s");
            await Task.Delay(100);
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
