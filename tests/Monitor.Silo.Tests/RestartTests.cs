using System.Diagnostics;
using System.Net;
using static Monitor.Silo.Tests.Json;

namespace Monitor.Silo.Tests;

/// <summary>The real service process, killed and started again on the same data folder, still has everything it acknowledged.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task A_killed_and_restarted_process_keeps_every_statement_and_alert()
    {
        var data = Path.Combine(Path.GetTempPath(), "monitor-restart-" + Guid.NewGuid().ToString("N"));
        try
        {
            var statements = Enumerable.Range(1, 50)
                .Select(i => Statement($"rs-{i}", "japan", $"Japan {(i <= 25 ? "supports" : "opposes")} the pact, remark {i}.", $"2024-04-{1 + i / 2:D2}T{i % 2 * 10:D2}:00:00Z", "pact", i <= 25 ? "support" : "oppose"))
                .ToArray();
            string alertsBefore;
            await using (var first = await ServiceProcess.StartAsync(data))
            {
                using var posted = await first.Client.PostAsync("/api/statements", Body(statements));
                Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
                alertsBefore = (await GetAsync(first.Client, "/api/alerts?actor=japan&topic=pact&limit=1000")).ToJsonString();
                first.Kill();
            }

            await using var second = await ServiceProcess.StartAsync(data);
            var stored = await GetAsync(second.Client, "/api/actors/japan/statements?topic=pact&limit=1000");
            Assert.Equal(statements.Length, stored["items"]!.AsArray().Count);
            Assert.Equal(alertsBefore, (await GetAsync(second.Client, "/api/alerts?actor=japan&topic=pact&limit=1000")).ToJsonString());
            Assert.Single((await GetAsync(second.Client, "/api/alerts?actor=japan&topic=pact&kind=stance-reversal"))["items"]!.AsArray());
            Assert.Equal("oppose", (string?)(await GetAsync(second.Client, "/api/actors/japan/positions")).AsArray().Single(p => (string?)p!["topic"] == "pact")!["stance"]);
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }
}
