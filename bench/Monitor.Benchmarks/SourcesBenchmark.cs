using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Silo;
using Monitor.TestSupport;

using static Monitor.Benchmarks.BenchArguments;
using static Monitor.Benchmarks.BenchStatistics;

namespace Monitor.Benchmarks;

/// <summary>
/// News sources end to end on one silo: items per second from feed to recorded statements with 100 sources served
/// over real HTTP on loopback (pages fetched, main text taken, extraction, recording; embeddings as the service's
/// default has them unless --no-embeddings), then one source's state size and the heap after it has read 10,000
/// items. The sources are spread over --hosts feed servers because the fetcher sends one request at a time per host.
/// </summary>
public static class SourcesBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var sources = Option(args, "--sources", 100);
        var hosts = Option(args, "--hosts", 10);
        var perRound = Option(args, "--items", 10);
        var rounds = Option(args, "--rounds", 3);
        var deep = Option(args, "--deep", 10_000);
        var json = BenchJson.FileFrom(args);
        var embeddings = !args.Contains("--no-embeddings");
        var data = Path.Combine(Path.GetTempPath(), "monitor-sources-bench-" + Guid.NewGuid().ToString("N"));
        var servers = Enumerable.Range(0, hosts).Select(_ => FeedServer.Start()).ToArray();
        var app = MonitorHost.Build([
            "--urls", "http://127.0.0.1:0", "--data", data, "--no-sample", "--log-level", "Warning",
            "--silo-port", LoopbackPorts.Next().ToString(), "--gateway-port", LoopbackPorts.Next().ToString(),
            $"--Monitor:Embeddings={embeddings}",
            "--Monitor:Sources:AllowedHosts:0=127.0.0.1", "--Monitor:Sources:MinimumHostGap=00:00:00",
        ]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(30) };
        Console.WriteLine($"Monitor sources benchmark — {Environment.ProcessorCount} cores, {sources} sources on {hosts} loopback feed servers, " +
            $"{perRound} new items each per round, articles fetched, embeddings {(embeddings ? "on (MiniLM, the default)" : "off")}");
        try
        {
            (await client.PutAsJsonAsync("api/actors/veloria", new { name = "Veloria", aliases = new[] { "Veloria" }, speakers = new[] { new { name = "Anna Kest", role = "Foreign Minister" } } })).EnsureSuccessStatusCode();
            for (var s = 0; s < sources; s++)
                (await client.PutAsJsonAsync($"api/sources/bench-{s}", new { name = $"Bench Wire {s}", url = servers[s % hosts].Url($"/feed-{s}"), interval = "1.00:00:00", fetchArticles = true })).EnsureSuccessStatusCode();

            var throughput = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                for (var s = 0; s < sources; s++) Serve(servers[s % hosts], s, (round + 1) * perRound, perRound);
                var watch = Stopwatch.StartNew();
                var polls = await Task.WhenAll(Enumerable.Range(0, sources).Select(async s =>
                {
                    using var response = await client.PostAsync($"api/sources/bench-{s}/poll", null);
                    response.EnsureSuccessStatusCode();
                    return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("poll");
                }));
                watch.Stop();
                var items = polls.Sum(p => p.GetProperty("newItems").GetInt32());
                var statements = polls.Sum(p => p.GetProperty("statementsRecorded").GetInt32());
                var errors = polls.Count(p => p.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String);
                throughput.Add(items / watch.Elapsed.TotalSeconds);
                Console.WriteLine($"  round {round + 1}: {items} items, {statements} statements in {watch.Elapsed.TotalSeconds:0.0} s = {items / watch.Elapsed.TotalSeconds:0.0} items/s ({errors} polls with an error)");
            }
            Console.WriteLine($"items per second, feed to recorded statements: median {Median(throughput):0.0}");

            var (stateBytes, heapBefore, heapAfter, seconds) = await DeepSourceAsync(client, servers[0], deep, data);
            Console.WriteLine($"one source after {deep:N0} items: state {stateBytes:N0} bytes of JSON; managed heap {heapBefore / 1048576.0:0.0} MiB before, {heapAfter / 1048576.0:0.0} MiB after ({deep / seconds:0.0} items/s, item text only)");
            await BenchJson.WriteAsync(json, new
            {
                sources, hosts, itemsPerRound = perRound, embeddings, cores = Environment.ProcessorCount,
                itemsPerSecond = throughput, itemsPerSecondMedian = Median(throughput),
                deepItems = deep, stateBytes, heapBeforeBytes = heapBefore, heapAfterBytes = heapAfter,
            });
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            foreach (var server in servers) await server.DisposeAsync();
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
        return 0;
    }

    /// <summary>The feed of source <paramref name="source"/> with its latest items up to <paramref name="upTo"/>, and their pages.</summary>
    private static void Serve(FeedServer server, int source, int upTo, int window)
    {
        var items = Enumerable.Range(Math.Max(0, upTo - window * 2), Math.Min(upTo, window * 2)).Select(i =>
        {
            var path = $"/feed-{source}/story-{i}";
            var words = $"Veloria will open crossing {source}-{i} to traders before the summer";
            server.Set(path, Reply.Html(FeedDocuments.ArticlePage($"Story {i}",
                "Officials from the two neighbouring countries met in the capital on Monday to talk about the border and the trade that crosses it, and the talks ran late into the evening.",
                $"\"{words},\" Veloria's Foreign Minister Anna Kest told reporters after the meeting had ended.",
                "Diplomats from both sides said that the talks had been cordial and that a second round would follow in the spring, when the committees report on shipping and on the ports.")));
            return new FeedItem($"Story {i}", server.Url(path), "", new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(source * 100_000 + i), $"{source}-{i}");
        });
        server.Set($"/feed-{source}", new Reply(FeedDocuments.Rss($"Bench Wire {source}", [.. items.Reverse()]), ETag: $"\"{upTo}\""));
    }

    /// <summary>One source reads <paramref name="count"/> items from its own feed, 500 a poll; its stored state is measured after.</summary>
    private static async Task<(long StateBytes, long HeapBefore, long HeapAfter, double Seconds)> DeepSourceAsync(HttpClient client, FeedServer server, int count, string data)
    {
        (await client.PutAsJsonAsync("api/sources/deep", new { name = "Deep Wire", url = server.Url("/deep"), interval = "1.00:00:00" })).EnsureSuccessStatusCode();
        var heapBefore = Heap();
        var watch = Stopwatch.StartNew();
        for (var upTo = 500; upTo <= count; upTo += 500)
        {
            var items = Enumerable.Range(upTo - 500, 500).Reverse().Select(i => new FeedItem($"Deep {i}", $"https://deep.example/{i}",
                $"\"Veloria will open crossing deep-{i} to traders,\" Veloria's Foreign Minister Anna Kest told reporters on Monday.",
                new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i), $"deep-{i}"));
            server.Set("/deep", new Reply(FeedDocuments.Rss("Deep Wire", [.. items]), ETag: $"\"deep-{upTo}\""));
            (await client.PostAsync("api/sources/deep/poll", null)).EnsureSuccessStatusCode();
        }
        watch.Stop();
        var heapAfter = Heap();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "monitor.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT length(data) FROM grain_state WHERE grain_id LIKE '%deep%' AND grain_type LIKE '%source%'";
        var stateBytes = Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L);
        return (stateBytes, heapBefore, heapAfter, watch.Elapsed.TotalSeconds);
    }

    private static long Heap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
