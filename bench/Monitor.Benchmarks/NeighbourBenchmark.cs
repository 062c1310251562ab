using System.Diagnostics;
using Cloud.Unum.USearch;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Monitor.Abstractions;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Storage;
using Monitor.Analysis.Contradictions;
using Monitor.Analysis.Neighbours;
using Monitor.Grains;
using Monitor.Hosting;
using Monitor.Hosting.Configuration;
using Monitor.Storage.Redis;
using Monitor.TestSupport;

using static Monitor.Benchmarks.BenchArguments;
using static Monitor.Benchmarks.BenchStatistics;

namespace Monitor.Benchmarks;

/// <summary>
/// Candidates by meaning against one owner's long history:
/// <list type="bullet">
/// <item><c>scan</c>: the exact int8 scan alone (<see cref="NeighbourIndex"/>) over N statements, and its memory;</item>
/// <item><c>hnsw</c>: the same query through a USearch HNSW graph (int8, cosine) at several sizes — build
/// time, query time, and how many of the exact top 8 it returns — the figures behind choosing the scan;</item>
/// <item><c>silo</c>: an embedded silo (SQLite, MiniLM on) whose owner holds N earlier statements filed as
/// the watcher files them: the watcher's look-up (<see cref="CandidateFinder"/>, keys and neighbours), the
/// neighbours grain's query alone, the key look-ups alone, filing, the watcher's whole evaluation of a new
/// statement, and the grain's rebuild on activation;</item>
/// <item><c>redis</c>: rebuilding an owner's index of N statements from Redis (a redis-server of its own).</item>
/// </list>
/// Every timing is a median over rounds of each round's p50 and p99.
/// </summary>
public static class NeighbourBenchmark
{
    private const int Dimensions = 384;
    private const string Owner = "nn-deep";
    private static readonly DateTimeOffset Day0 = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(string[] args)
    {
        var size = Option(args, "--size", 100_000);
        var rounds = Option(args, "--rounds", 3);
        var probes = Option(args, "--probes", 300);
        var phases = OptionText(args, "--phases", "scan,hnsw,silo,redis").Split(',');
        var hnswSizes = OptionText(args, "--hnsw-sizes", "1000,10000,100000").Split(',').Select(int.Parse).ToArray();
        Console.WriteLine($"Monitor neighbour benchmark — {Environment.ProcessorCount} cores, {size:N0} statements of one owner, {rounds} rounds of {probes} probes");

        if (phases.Contains("scan")) ScanAlone(size, rounds, probes);
        if (phases.Contains("hnsw")) HnswAgainstScan(hnswSizes, rounds, probes);
        if (phases.Contains("silo")) await InSiloAsync(size, rounds, probes);
        if (phases.Contains("redis")) await RedisRebuildAsync(size, rounds);
        return 0;
    }

    /// <summary>The exact scan over <paramref name="size"/> statements of one or two claims each (as news statements have).</summary>
    private static void ScanAlone(int size, int rounds, int probes)
    {
        Console.WriteLine();
        Console.WriteLine($"Exact int8 scan alone (NeighbourIndex, {Dimensions} dimensions, top 8 at cosine ≥ {CandidateFinder.MinNeighbourCosine})");
        var vectors = new SyntheticVectors(seed: 1);
        vectors.Next(); // the centres are the generator's, not the index's
        var before = Heap();
        var index = new NeighbourIndex();
        var fill = Stopwatch.StartNew();
        for (var i = 0; i < size; i++)
            index.Add(new StatementRef(Owner, $"s{i}"), $"d{i / 5}", Day0.AddMinutes(i), MeaningCodec.Encode(i % 3 == 0 ? [vectors.Next(), vectors.Next()] : [vectors.Next()]));
        fill.Stop();
        var bytes = Heap() - before;
        Console.WriteLine($"  filled in {fill.Elapsed.TotalMilliseconds:N0} ms; {bytes / 1048576.0:F1} MiB managed, {bytes / (double)size:N0} bytes a statement");
        var times = new Rounds();
        var cpu = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var round_ = new List<double>();
            var queries = Enumerable.Range(0, probes).Select(_ => Query(MeaningCodec.Encode([vectors.Next()]), Day0.AddMinutes(size))).ToArray();
            var cpuBefore = CpuTime();
            foreach (var query in queries)
            {
                var started = Stopwatch.GetTimestamp();
                index.Search(query);
                round_.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            cpu.Add((CpuTime() - cpuBefore).TotalMilliseconds / probes);
            times.Add(round_);
        }
        GC.KeepAlive(index);
        // On a shared machine a query waits for a core as well; the processor time it used says what it costs.
        Console.WriteLine($"  query: {times}; processor time {Median(cpu):F2} ms a query");
    }

    /// <summary>USearch's HNSW graph against the exact scan on the same vectors, one vector a statement.</summary>
    private static void HnswAgainstScan(int[] sizes, int rounds, int probes)
    {
        Console.WriteLine();
        Console.WriteLine($"HNSW (USearch {USearchCapabilities.Version()}, {USearchCapabilities.HardwareAccelerationAvailable()}; int8, cosine, M 16, ef 128/64) against the exact scan");
        foreach (var size in sizes)
        {
            var vectors = new SyntheticVectors(seed: 2);
            var data = Enumerable.Range(0, size).Select(_ => vectors.Next()).ToArray();
            var scan = new NeighbourIndex();
            var scanFill = Stopwatch.StartNew();
            for (var i = 0; i < size; i++) scan.Add(new StatementRef(Owner, $"s{i}"), null, Day0, MeaningCodec.Encode([data[i]]));
            scanFill.Stop();
            using var graph = new USearchIndex(MetricKind.Cos, ScalarKind.Int8, Dimensions, 16, 128, 64, false);
            var build = Stopwatch.StartNew();
            for (var i = 0; i < size; i++) graph.Add((ulong)i, data[i]);
            build.Stop();

            var (graphP50, graphP99, scanP50, scanP99) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
            var (kept, wanted) = (0, 0);
            for (var round = 0; round < rounds; round++)
            {
                var (graphTimes, scanTimes) = (new List<double>(), new List<double>());
                for (var p = 0; p < probes; p++)
                {
                    var probe = vectors.Next();
                    var started = Stopwatch.GetTimestamp();
                    var found = graph.Search(probe, 32, out var keys, out _);
                    graphTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    started = Stopwatch.GetTimestamp();
                    var exact = scan.Search(Query(MeaningCodec.Encode([probe]), Day0) with { MinCosine = -1 });
                    scanTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    var returned = keys.Take(found).Select(k => $"s{k}").ToHashSet();
                    kept += exact.Count(m => returned.Contains(m.Statement.Id));
                    wanted += exact.Count;
                }
                graphP50.Add(Median(graphTimes));
                graphP99.Add(Percentile(graphTimes, 0.99));
                scanP50.Add(Median(scanTimes));
                scanP99.Add(Percentile(scanTimes, 0.99));
            }
            Console.WriteLine($"  {size,7:N0}: HNSW build {build.Elapsed.TotalSeconds,6:F1} s ({build.Elapsed.TotalMilliseconds * 1000 / size:F0} µs a statement), "
                + $"query (top 32) p50 {Median(graphP50):F2} ms p99 {Median(graphP99):F2} ms, exact top 8 among them {kept / (double)wanted:P1}; "
                + $"scan fill {scanFill.Elapsed.TotalMilliseconds:N0} ms, query p50 {Median(scanP50):F2} ms p99 {Median(scanP99):F2} ms, exact by construction");
        }
    }

    /// <summary>A real embedded silo whose owner holds <paramref name="size"/> statements filed as the watcher files them.</summary>
    private static async Task InSiloAsync(int size, int rounds, int probes)
    {
        Console.WriteLine();
        var data = Path.Combine(Path.GetTempPath(), "monitor-bench-" + Guid.NewGuid().ToString("N"));
        var options = MonitorDefaults.Load();
        options.Data = data;
        options.NoSample = true;
        options.Embeddings = true;
        Console.WriteLine($"Embedded silo (SQLite, synchronous={options.Synchronous}, MiniLM on): one owner with {size:N0} earlier statements of {Texts.Distinct:N0} distinct texts");
        try
        {
            await using var silo = await InProcessSilo.StartAsync(options, LogLevel.Warning, CancellationToken.None);
            var grains = silo.Get<IGrainFactory>();
            var engine = silo.Get<ContradictionEngine>();
            var index = silo.Get<IClaimIndex>();
            await grains.GetGrain<IActorGrain>(Owner).Define(new ActorDefinition(Owner, Owner, [], []), merge: false);
            var neighbours = grains.GetGrain<INeighboursGrain>(Owner);
            var finder = silo.Get<CandidateFinder>();

            // Filed as the watcher files: the engine's keys into the claim index, its vectors into the owner's grain.
            var fill = Stopwatch.StartNew();
            for (var start = 0; start < size; start += 1_000)
            {
                var batch = Enumerable.Range(start, Math.Min(1_000, size - start)).Select(i => Said(i, i)).ToArray();
                await finder.FileAsync(batch);
            }
            fill.Stop();
            Console.WriteLine($"  filed in {fill.Elapsed.TotalSeconds:F0} s; the owner's index holds {await neighbours.Count():N0}");

            var watcher = grains.GetGrain<ITopicWatcherGrain>(WatcherScopes.For(Said(0, 0)));
            var (lookup, alone, byKey, filing, evaluate) = (new Rounds(), new Rounds(), new Rounds(), new Rounds(), new Rounds());
            for (var round = 0; round < rounds; round++)
            {
                // Texts already seen, analysed before the clock starts: the figures are of the look-ups, not of the model.
                var probeSet = Enumerable.Range(0, 2 * probes).Select(p => Said(size + round * 2 * probes + p, p * 7)).ToArray();
                foreach (var probe in probeSet) _ = (engine.IndexKeys(probe), engine.MeaningVectors(probe));
                var (l, a, k, f, e) = (new List<double>(), new List<double>(), new List<double>(), new List<double>(), new List<double>());
                foreach (var probe in probeSet[..probes])
                {
                    // The watcher's own path: file, then look up by key and by meaning at once.
                    var started = Stopwatch.GetTimestamp();
                    var filed = Assert(await finder.FileAsync([probe]));
                    f.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    started = Stopwatch.GetTimestamp();
                    await finder.FindAsync(filed);
                    l.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    var query = new NeighbourQuery(StatementRef.For(probe), probe.DocumentId, probe.SaidAt, filed.Vectors, engine.MaxApart, CandidateFinder.Neighbours, CandidateFinder.MinNeighbourCosine);
                    started = Stopwatch.GetTimestamp();
                    await neighbours.Find(query);
                    a.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    started = Stopwatch.GetTimestamp();
                    await index.FindAsync(filed.Keys, probe.SaidAt, CandidateFinder.CandidatesPerSide);
                    k.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                foreach (var probe in probeSet[probes..])
                {
                    var started = Stopwatch.GetTimestamp();
                    await watcher.Evaluate([probe]);
                    e.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                lookup.Add(l);
                alone.Add(a);
                byKey.Add(k);
                filing.Add(f);
                evaluate.Add(e);
            }
            Console.WriteLine($"  the watcher's look-up (CandidateFinder: key look-ups and neighbour query at once): {lookup} (goal p99 ≤ 20 ms)");
            Console.WriteLine($"  neighbour query alone, through the grain (scan and statements read back): {alone}");
            Console.WriteLine($"  key look-ups alone (claim index): {byKey}");
            Console.WriteLine($"  filing one statement (claim index and neighbours grain side by side, fsync'd): {filing}");
            Console.WriteLine($"  the watcher evaluating one new statement (filing, look-up, detection, alerts): {evaluate}");

            var management = grains.GetGrain<IManagementGrain>(0);
            var rebuilds = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                await management.DeactivateGrain(neighbours.GetGrainId());
                while ((await management.GetActiveGrains(neighbours.GetGrainId().Type)).Contains(neighbours.GetGrainId())) await Task.Delay(20);
                var started = Stopwatch.GetTimestamp();
                await neighbours.Count();
                rebuilds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            Console.WriteLine($"  rebuild on activation from SQLite: median {Median(rebuilds):N0} ms (rounds: {string.Join(", ", rebuilds.Select(t => t.ToString("N0")))})");
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Reading an owner's filings back from Redis and building its index, as a neighbours grain activating in a cluster does.</summary>
    private static async Task RedisRebuildAsync(int size, int rounds)
    {
        Console.WriteLine();
        await using var server = await RedisServer.StartAsync();
        await using var connection = new RedisConnection(new RedisStorageOptions { Configuration = server.Address }, NullLogger<RedisConnection>.Instance);
        var store = new RedisNeighbourStore(connection);
        var vectors = new SyntheticVectors(seed: 3);
        var memoryBefore = await UsedMemoryAsync(server.Address);
        for (var start = 0; start < size; start += 1_000)
            await store.AddAsync(Owner, [.. Enumerable.Range(start, Math.Min(1_000, size - start)).Select(i => new MeaningEntry(Said(i, i), MeaningCodec.Encode([vectors.Next()])))]);
        var stored = (await UsedMemoryAsync(server.Address) - memoryBefore) / (double)size;
        var rebuilds = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var started = Stopwatch.GetTimestamp();
            var index = new NeighbourIndex();
            for (var page = await store.ReadAsync(Owner, 0, NeighboursGrain.RebuildPage); page.Count > 0; page = await store.ReadAsync(Owner, page[^1].Position, NeighboursGrain.RebuildPage))
                foreach (var filed in page) index.Add(filed.Statement, filed.DocumentId, filed.SaidAt, filed.Vectors);
            rebuilds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (index.Count != size) throw new InvalidOperationException($"Rebuilt {index.Count} of {size}.");
        }
        Console.WriteLine($"Redis (appendfsync always), one owner of {size:N0} statements: {stored:N0} bytes of Redis memory a statement (vectors, entry and statement JSON); "
            + $"rebuilding its index: median {Median(rebuilds):N0} ms (rounds: {string.Join(", ", rebuilds.Select(t => t.ToString("N0")))})");
    }

    /// <summary>The server's used_memory, read over a connection of its own (INFO is an admin command).</summary>
    private static async Task<long> UsedMemoryAsync(string address)
    {
        await using var admin = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(address + ",allowAdmin=true");
        var info = await admin.GetServer(admin.GetEndPoints()[0]).InfoAsync("memory");
        return long.Parse(info.SelectMany(g => g).First(p => p.Key == "used_memory").Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static FiledStatement Assert(IReadOnlyList<FiledStatement> filed) =>
        filed is [{ Vectors.Length: > 0 } one] ? one : throw new InvalidOperationException("A probe was not filed with vectors.");

    private static NeighbourQuery Query(byte[] vectors, DateTimeOffset at) =>
        new(new StatementRef(Owner, "probe"), null, at, vectors, TimeSpan.FromDays(730), CandidateFinder.Neighbours, CandidateFinder.MinNeighbourCosine);

    /// <summary>Statement <paramref name="i"/> of the owner, one a minute, saying text number <paramref name="text"/>.</summary>
    private static Statement Said(int i, int text) =>
        new($"s{i}", $"d{i / 5}", Owner, "Bench Speaker", Texts.Get(text), true, StatementMode.Assert, null, null, Day0.AddMinutes(i), null, [new SourceRef("Bench", null)]);

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static long Heap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>Distinct plain sentences about public works, so that claims are extracted and embedded as in news, and embeddings are computed once per text.</summary>
    private static class Texts
    {
        public const int Distinct = 2_000;
        private static readonly string[] Subjects = ["The ministry", "The government", "The council", "The agency", "The department", "The cabinet", "The authority", "The commission"];
        private static readonly string[] Verbs = ["review", "fund", "inspect", "upgrade", "expand", "study", "survey", "assess", "modernise", "rebuild"];
        private static readonly string[] Objects = ["the northern railway", "the river port", "the coastal highway", "the power grid", "the water network", "the grain terminal", "the border bridge", "the city airport", "the fishing harbour", "the steel works"];
        // Ways and reasons, not dates or figures: the same work said twice is a repeat, never a mismatch that raises an alert.
        private static readonly string[] Ways = ["to cut delays", "with private partners", "after the floods", "with regional funds", "to ease congestion"];

        public static string Get(int i)
        {
            var n = i % Distinct;
            return $"{Subjects[n % Subjects.Length]} will {Verbs[n / 8 % Verbs.Length]} {Objects[n / 80 % Objects.Length]} {Ways[n / 800 % Ways.Length]}.";
        }
    }

    /// <summary>Unit vectors gathered around 2,000 centres, a stand-in for one actor's claims, which cluster by subject.</summary>
    private sealed class SyntheticVectors(int seed)
    {
        private readonly Random _random = new(seed);
        private float[][]? _centres;

        public float[] Next()
        {
            _centres ??= [.. Enumerable.Range(0, 2_000).Select(_ => Unit(Gaussian(1f)))];
            var centre = _centres[_random.Next(_centres.Length)];
            var noise = Gaussian(1.2f / MathF.Sqrt(Dimensions));
            return Unit([.. centre.Zip(noise, (c, n) => c + n)]);
        }

        private float[] Gaussian(float scale) =>
            [.. Enumerable.Range(0, Dimensions).Select(_ => scale * (float)(Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble())))];

        private static float[] Unit(float[] v)
        {
            var norm = MathF.Sqrt(v.Sum(x => x * x));
            return [.. v.Select(x => x / norm)];
        }
    }

    /// <summary>Each round's p50 and p99; printed as their medians over the rounds.</summary>
    private sealed class Rounds
    {
        private readonly List<double> _p50 = [];
        private readonly List<double> _p99 = [];

        public void Add(IReadOnlyList<double> times)
        {
            _p50.Add(Median(times));
            _p99.Add(Percentile(times, 0.99));
        }

        public override string ToString() =>
            $"p50 {Median(_p50):F2} ms, p99 {Median(_p99):F2} ms (rounds p99: {string.Join(", ", _p99.Select(t => t.ToString("F2")))})";
    }
}
