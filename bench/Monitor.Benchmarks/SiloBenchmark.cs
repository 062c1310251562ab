using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Hosting;
using Monitor.Hosting.Configuration;

using static Monitor.Benchmarks.BenchArguments;
using static Monitor.Benchmarks.BenchStatistics;

namespace Monitor.Benchmarks;

/// <summary>
/// Measures the embedded silo as a user runs it (SQLite file, synchronous=FULL, watchers on):
/// statements recorded per second, the cost of recording an actor's Nth statement against its 10th,
/// and the memory of a silo holding many actors' histories. Prints medians and ratios.
/// </summary>
public static class SiloBenchmark
{
    private static readonly DateTimeOffset Day0 = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(string[] args)
    {
        var actors = Option(args, "--actors", 100);
        var perActor = Option(args, "--per-actor", 10_000);
        var deep = Option(args, "--deep", 100_000);
        var rounds = Option(args, "--rounds", 3);
        var embeddings = !args.Contains("--no-embeddings");
        var json = BenchJson.FileFrom(args);
        var keepData = args.Contains("--keep-data");
        var figures = new SortedDictionary<string, object>(StringComparer.Ordinal) { ["cores"] = Environment.ProcessorCount, ["embeddings"] = embeddings };
        var data = Path.Combine(Path.GetTempPath(), "monitor-bench-" + Guid.NewGuid().ToString("N"));
        var options = MonitorDefaults.Load();
        options.Data = data;
        options.NoSample = true;
        options.Embeddings = embeddings;
        Console.WriteLine($"Monitor silo benchmark — {Environment.ProcessorCount} cores, data in {data} (SQLite, synchronous=FULL, embeddings {(embeddings ? "on" : "off")})");
        try
        {
            await using var silo = await InProcessSilo.StartAsync(options, LogLevel.Warning, CancellationToken.None);
            var grains = silo.Get<IGrainFactory>();

            var phases = OptionText(args, "--phases", "throughput,deep,memory").Split(',');
            if (phases.Contains("throughput"))
            {
                var (single, batched) = await ThroughputAsync(grains, rounds, Option(args, "--batched-per-actor", 1_000));
                // With embeddings on, the batched figure is the one the targets name; one per call is printed only.
                if (embeddings) figures[BenchJson.StatementsPerSecondEmbeddings] = batched;
                else
                {
                    figures[BenchJson.StatementsPerSecondSingle] = single;
                    figures[BenchJson.StatementsPerSecondBatched] = batched;
                }
            }
            if (phases.Contains("deep")) figures[BenchJson.NthVsTenthRatio] = await DeepLogAsync(grains, deep);
            if (phases.Contains("memory"))
            {
                var (workingSet, heapGrowth) = await MemoryAsync(grains, actors, perActor);
                figures["working_set_mib"] = workingSet;
                figures["heap_growth_mib"] = heapGrowth;
            }
            var (onDisk, statements, byTable) = await OnDiskAsync(data);
            figures["statements_recorded"] = statements;
            if (statements > 0)
            {
                figures[BenchJson.BytesPerStatement] = (double)onDisk / statements;
                Console.WriteLine();
                Console.WriteLine($"On disk: {onDisk / 1048576.0:F0} MiB (database and WAL, index included) for {statements:N0} statements = {(double)onDisk / statements:N0} bytes a statement (goal ≤ 1,500)");
                foreach (var (table, bytes) in byTable.OrderByDescending(t => t.Value))
                {
                    figures["bytes_per_statement_" + table] = (double)bytes / statements;
                    Console.WriteLine($"  {table,-22} {bytes / 1048576.0,8:F1} MiB  {(double)bytes / statements,7:N0} bytes a statement");
                }
            }
        }
        finally
        {
            if (keepData) Console.WriteLine($"data kept in {data}");
            else
            {
                try { Directory.Delete(data, recursive: true); } catch (IOException) { }
            }
        }
        await BenchJson.WriteAsync(json, figures);
        return 0;
    }

    /// <summary>Statements per second: 100 actors recording concurrently, one statement per call and 100 per call.</summary>
    /// <param name="batchedPerActor">Statements per actor in the rounds of 100 per call; fewer keep a run with embeddings on short.</param>
    private static async Task<(double Single, double Batched)> ThroughputAsync(IGrainFactory grains, int rounds, int batchedPerActor)
    {
        var medians = new Dictionary<int, double>();
        Console.WriteLine();
        Console.WriteLine("Throughput (100 actors in parallel, every statement on a topic with a stance, so every one is evaluated by its watcher)");
        foreach (var perCall in new[] { 1, 100 })
        {
            var rates = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                var prefix = $"tp{perCall}-{round}";
                var ids = Enumerable.Range(0, 100).Select(a => $"{prefix}-{a}").ToArray();
                foreach (var id in ids) await Define(grains, id);
                var perActor = perCall == 1 ? 100 : batchedPerActor;
                var watch = Stopwatch.StartNew();
                await Task.WhenAll(ids.Select(async id =>
                {
                    var actor = grains.GetGrain<IActorGrain>(id);
                    for (var start = 0; start < perActor; start += perCall)
                        await actor.Record(Enumerable.Range(start, perCall).Select(i => Said(id, i)).ToArray());
                }));
                watch.Stop();
                rates.Add(ids.Length * perActor / watch.Elapsed.TotalSeconds);
            }
            Console.WriteLine($"  {perCall,3} statement(s) per call: median {Median(rates),8:N0} statements/s  (rounds: {string.Join(", ", rates.Select(r => r.ToString("N0")))}; goal ≥ 5,000/s)");
            medians[perCall] = Median(rates);
        }
        return (medians[1], medians[100]);
    }

    /// <summary>Latency of recording one statement into a fresh log (the 10th) and into a log of <paramref name="deep"/> statements.</summary>
    private static async Task<double> DeepLogAsync(IGrainFactory grains, int deep)
    {
        Console.WriteLine();
        Console.WriteLine($"Cost of an actor's {deep:N0}th statement against its 10th (single-statement calls, one at a time)");
        const int samples = 300;

        var shallow = new List<double>();
        for (var s = 0; s < samples; s++)
        {
            var id = $"shallow-{s}";
            await Define(grains, id);
            var actor = grains.GetGrain<IActorGrain>(id);
            await actor.Record(Enumerable.Range(0, 9).Select(i => Said(id, i)).ToArray());
            shallow.Add(await TimeOneAsync(actor, Said(id, 9)));
        }

        const string deepId = "deep-0";
        await Define(grains, deepId);
        var deepActor = grains.GetGrain<IActorGrain>(deepId);
        var fill = Stopwatch.StartNew();
        for (var start = 0; start < deep - 1; start += 1_000)
            await deepActor.Record(Enumerable.Range(start, Math.Min(1_000, deep - 1 - start)).Select(i => Said(deepId, i)).ToArray());
        fill.Stop();
        var deepTimes = new List<double>();
        for (var s = 0; s < samples; s++) deepTimes.Add(await TimeOneAsync(deepActor, Said(deepId, deep - 1 + s)));

        // The watcher alone: evaluating one new claim against this actor's history, on its scope.
        var watcher = grains.GetGrain<ITopicWatcherGrain>(WatcherScopes.For(Said(deepId, 0)));
        var evaluations = new List<double>();
        for (var s = 0; s < samples; s++)
        {
            var probe = Said(deepId, deep + samples + s);
            var started = Stopwatch.GetTimestamp();
            await watcher.Evaluate([probe]);
            evaluations.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var ratio = Median(deepTimes) / Median(shallow);
        Console.WriteLine($"  10th statement:      median {Median(shallow):F3} ms, p99 {Percentile(shallow, 0.99):F3} ms ({samples} actors)");
        Console.WriteLine($"  {deep:N0}th statement: median {Median(deepTimes):F3} ms, p99 {Percentile(deepTimes, 0.99):F3} ms ({samples} calls from the {deep:N0}th on; log filled in {fill.Elapsed.TotalSeconds:F0} s)");
        Console.WriteLine($"  ratio (median): {ratio:F2}  (goal ≤ 1.5)");
        Console.WriteLine($"  watcher evaluating a new claim against {deep:N0} earlier ones: median {Median(evaluations):F3} ms, p99 {Percentile(evaluations, 0.99):F3} ms (goal p99 ≤ 20 ms)");
        return ratio;
    }

    /// <summary>Managed heap and working set of the silo once it holds <paramref name="actors"/> × <paramref name="perActor"/> statements.</summary>
    private static async Task<(double WorkingSetMiB, double HeapGrowthMiB)> MemoryAsync(IGrainFactory grains, int actors, int perActor)
    {
        Console.WriteLine();
        Console.WriteLine($"Memory with {actors} actors × {perActor:N0} statements recorded (all actors active)");
        var before = Heap();
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, actors).Select(async a =>
        {
            var id = $"mem-{a}";
            await Define(grains, id);
            var actor = grains.GetGrain<IActorGrain>(id);
            for (var start = 0; start < perActor; start += 100)
                await actor.Record(Enumerable.Range(start, Math.Min(100, perActor - start)).Select(i => Said(id, i)).ToArray());
        }));
        watch.Stop();
        foreach (var a in Enumerable.Range(0, actors)) await grains.GetGrain<IActorGrain>($"mem-{a}").GetPositions();
        var after = Heap();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"  filled {actors * perActor:N0} statements in {watch.Elapsed.TotalSeconds:F0} s ({actors * perActor / watch.Elapsed.TotalSeconds:N0}/s)");
        Console.WriteLine($"  managed heap: {before / 1048576.0:F1} MiB before, {after / 1048576.0:F1} MiB after (+{(after - before) / 1048576.0:F1} MiB); working set {process.WorkingSet64 / 1048576.0:F0} MiB");
        return (process.WorkingSet64 / 1048576.0, (after - before) / 1048576.0);
    }

    /// <summary>
    /// The store's files (database, WAL and shared memory) and the statements they hold, read while the silo runs, with
    /// the database's pages by table (its indexes counted with it, free pages as "(free)") and the WAL and shared memory
    /// as "(wal)"; by table only where SQLite has the dbstat table (in-process, or the sqlite3 shell on the PATH).
    /// </summary>
    private static async Task<(long Bytes, long Statements, Dictionary<string, long> ByTable)> OnDiskAsync(string data)
    {
        var files = Directory.EnumerateFiles(data, "monitor.db*").ToDictionary(f => Path.GetFileName(f), f => new FileInfo(f).Length);
        var bytes = files.Values.Sum();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "monitor.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM statements";
        var statements = Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L);
        var byTable = new Dictionary<string, long>(StringComparer.Ordinal)
        {
            ["(wal)"] = files.Where(f => f.Key != "monitor.db").Sum(f => f.Value),
        };
        const string byTableQuery = """
            SELECT COALESCE(m.tbl_name, d.name), SUM(d.pgsize) FROM dbstat AS d LEFT JOIN sqlite_schema AS m ON m.name = d.name
            GROUP BY 1 UNION ALL SELECT '(free)', (SELECT freelist_count FROM pragma_freelist_count) * (SELECT page_size FROM pragma_page_size)
            """;
        try
        {
            await using var pages = connection.CreateCommand();
            pages.CommandText = byTableQuery;
            await using var reader = await pages.ExecuteReaderAsync();
            while (await reader.ReadAsync()) byTable[reader.GetString(0)] = reader.GetInt64(1);
        }
        catch (SqliteException)
        {
            // The SQLite bundled with Microsoft.Data.Sqlite has no dbstat table; the sqlite3 shell, where installed, has.
            try
            {
                using var shell = Process.Start(new ProcessStartInfo("sqlite3", ["-readonly", "-separator", "\t", Path.Combine(data, "monitor.db"), byTableQuery])
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                })!;
                var output = await shell.StandardOutput.ReadToEndAsync();
                await shell.WaitForExitAsync();
                foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (line.Split('\t') is [var table, var size] && long.TryParse(size, out var n)) byTable[table] = n;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Neither: the total alone.
            }
        }
        return (bytes, statements, byTable);
    }

    private static async Task<double> TimeOneAsync(IActorGrain actor, Statement statement)
    {
        var watch = Stopwatch.StartNew();
        await actor.Record([statement]);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static Task Define(IGrainFactory grains, string id) =>
        grains.GetGrain<IActorGrain>(id).Define(new ActorDefinition(id, id, [], []), merge: false);

    /// <summary>A statement on one topic whose stance turns every 50 statements, so the watcher does real work and raises alerts.</summary>
    private static Statement Said(string actor, int i) =>
        new($"{actor}-{i}", null, actor, "Bench Speaker", $"Remark number {i} by {actor} on the pact.", true, StatementMode.Assert,
            "bench-pact", i / 50 % 2 == 0 ? Stance.Support : Stance.Oppose, Day0.AddMinutes(i), null, [new SourceRef("Bench", null)]);

    private static long Heap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

}
