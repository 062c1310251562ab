using System.Net;
using System.Text.Json.Nodes;
using static Monitor.Silo.Tests.Json;

namespace Monitor.Silo.Tests;

/// <summary>The service process dies mid-retry; started again, it finishes the delivery it promised.</summary>
public sealed class DeliveryRestartTests
{
    [Fact]
    public async Task A_delivery_pending_when_the_process_is_killed_completes_after_a_restart()
    {
        var data = Path.Combine(Path.GetTempPath(), "monitor-delivery-restart-" + Guid.NewGuid().ToString("N"));
        await using var receiver = await WebhookReceiver.StartAsync();
        string[] settings = [.. AlertDeliveryTests.FastRetries.Where(a => !a.StartsWith("--Monitor:Webhooks:RetryFor", StringComparison.Ordinal)), "--Monitor:Webhooks:RetryFor=01:00:00"];
        try
        {
            string subscription;
            receiver.Answer = 503;
            await using (var first = await ServiceProcess.StartAsync(data, settings))
            {
                await first.Client.PutAsync("/api/actors/restart", Body(new { name = "Restart" }));
                using var created = await first.Client.PostAsync("/api/subscriptions", Body(new { url = $"{receiver.Url}/hook/restart", secret = "a-secret-of-enough-length", filter = new { actors = new[] { "restart" } } }));
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                subscription = (string)(await ReadAsync(created))["id"]!;
                await first.Client.PostAsync("/api/statements", Body(new[]
                {
                    Statement("rd-1", "restart", "We support the pipeline.", "2024-02-01T09:00:00Z", "pipeline", "support"),
                    Statement("rd-2", "restart", "We oppose the pipeline.", "2024-02-02T09:00:00Z", "pipeline", "oppose"),
                }));
                await receiver.WaitForAsync("restart", r => r.Count >= 3);
                first.Kill();
            }

            receiver.Answer = 200;
            await using var second = await ServiceProcess.StartAsync(data, settings);
            var delivered = await receiver.WaitForAsync("restart", r => r.Any(x => x.Answered == 200), seconds: 60);

            Assert.Single(delivered.Select(r => r.DeliveryId).Distinct());
            Assert.Single(delivered, r => r.Answered == 200);
            var deliveries = await DeliveryLog.UntilDeliveredAsync(second.Client, subscription);
            Assert.Equal("delivered", (string?)deliveries.Single()!["status"]);
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }
}
