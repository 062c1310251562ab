using System.Net;
using System.Text.Json.Nodes;
using Monitor.Cli.Commands;
using static Monitor.Silo.Tests.Json;

namespace Monitor.Silo.Tests;

/// <summary>
/// `monitor backup` taken from a running service while a writer keeps posting, restored with `monitor restore`
/// into a new folder and a service started on it: everything acknowledged before the backup began is there.
/// </summary>
public sealed class BackupTests
{
    [Fact]
    public async Task A_backup_taken_while_writing_restores_everything_acknowledged_before_it_began()
    {
        var backupFile = Path.Combine(Path.GetTempPath(), "monitor-backup-" + Guid.NewGuid().ToString("N") + ".db");
        var restored = Path.Combine(Path.GetTempPath(), "monitor-restored-" + Guid.NewGuid().ToString("N"));
        try
        {
            var acknowledged = new List<string>();
            HashSet<string> statementsBefore;
            JsonArray alertsBefore;
            int postedAfter;
            await using (var service = await RunningService.StartAsync(["--no-sample"]))
            {
                using var stop = new CancellationTokenSource();
                var writer = Task.Run(async () =>
                {
                    for (var batch = 0; !stop.IsCancellationRequested; batch++)
                    {
                        // Stances that turn every batch, so alerts are raised while the backup runs too.
                        var statements = Enumerable.Range(0, 5).Select(i =>
                        {
                            var n = batch * 5 + i;
                            var supports = batch % 2 == 0;
                            return Statement($"bk-{n}", "japan", $"Japan {(supports ? "supports" : "opposes")} the pact, remark {n}.",
                                new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(n).ToString("O"), "pact", supports ? "support" : "oppose");
                        }).ToArray();
                        using var posted = await service.Client.PostAsync("/api/statements", Body(statements));
                        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
                        lock (acknowledged) acknowledged.AddRange(Enumerable.Range(0, 5).Select(i => $"bk-{batch * 5 + i}"));
                    }
                });

                while (Count(acknowledged) < 100) await Task.Delay(20);
                // What the service has acknowledged now must be in the backup, whatever is written while it runs.
                alertsBefore = (await GetAsync(service.Client, "/api/alerts?limit=1000"))["items"]!.AsArray();
                lock (acknowledged) statementsBefore = [.. acknowledged];
                var during = Count(acknowledged);

                using var stdout = new StringWriter();
                using var stderr = new StringWriter();
                Assert.Equal(0, await BackupCommand.BackupAsync(service.DataDirectory, backupFile, force: false, stdout, stderr, CancellationToken.None));
                Assert.Contains("statements", stdout.ToString());

                while (Count(acknowledged) < during + 20) await Task.Delay(20);
                await stop.CancelAsync();
                await writer;
                postedAfter = Count(acknowledged) - statementsBefore.Count;
            }
            Assert.NotEmpty(alertsBefore);
            Assert.True(postedAfter >= 20, "the writer kept writing while the backup ran");

            using (var stdout = new StringWriter())
            using (var stderr = new StringWriter())
                Assert.Equal(0, await BackupCommand.RestoreAsync(backupFile, restored, force: false, stdout, stderr, CancellationToken.None));

            await using var second = await RunningService.StartAsync(["--no-sample"], restored);
            var stored = new HashSet<string>();
            for (long since = 0; ;)
            {
                var page = await GetAsync(second.Client, $"/api/actors/japan/statements?since={since}&limit=1000");
                var items = page["items"]!.AsArray();
                if (items.Count == 0) break;
                foreach (var item in items) stored.Add((string)item!["id"]!);
                since = (long)page["next"]!;
            }
            Assert.Subset(stored, statementsBefore);
            var alertsAfter = (await GetAsync(second.Client, "/api/alerts?limit=1000"))["items"]!.AsArray();
            // Compared by what an alert is, not its whole body: a later alert may mark an earlier one suppressed meanwhile.
            Assert.Subset(alertsAfter.Select(Identity).ToHashSet(), alertsBefore.Select(Identity).ToHashSet());
        }
        finally
        {
            File.Delete(backupFile);
            try { Directory.Delete(restored, recursive: true); } catch (IOException) { }
        }
    }

    private static string Identity(JsonNode? alert) =>
        $"{alert!["id"]} {alert["sequence"]} {alert["kind"]} {alert["earlier"]!["statementId"]} {alert["later"]!["statementId"]}";

    private static int Count(List<string> list)
    {
        lock (list) return list.Count;
    }
}
