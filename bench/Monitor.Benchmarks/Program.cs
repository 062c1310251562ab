// Monitor's benchmarks.
//   dotnet run -c Release --project bench/Monitor.Benchmarks -- silo [--actors N] [--per-actor N] [--deep N] [--rounds 3] [--batched-per-actor 1000] [--phases throughput,deep,memory] [--no-embeddings] [--json FILE] [--keep-data]
//       recording throughput, cost of the Nth statement against the 10th, the watcher's evaluation
//       time against a long history, and memory, on one silo, and bytes on disk a statement by table (--keep-data leaves the database);
//   dotnet run -c Release --project bench/Monitor.Benchmarks -- service [--subscriptions N] [--alerts N] [--documents N] [--json FILE]
//       documents per second through POST /api/documents, and latency from POST /api/statements to
//       webhook and to server-sent event with many subscriptions, over real HTTP on loopback;
//   dotnet run -c Release --project bench/Monitor.Benchmarks -- cluster [--silos 1,2,3] [--actors 100] [--per-actor 100] [--rounds 3] [--failovers 5] [--json FILE]
//       1, 2 and 3 silos as processes of Monitor.Silo.dll on a redis-server of the benchmark's own (a fresh
//       one per silo count): statements per second from 8 clients spread over the silos, latency from the
//       acknowledging POST to the server-sent event, and with the most silos the time until the grains of
//       a silo killed with SIGKILL answer again; on one host the silos share its cores, so this shows the
//       cost of distribution, not scale-out (about 3 minutes on 2 cores with the defaults);
//   dotnet run -c Release --project bench/Monitor.Benchmarks -- cluster --telemetry [--silos 1] [--rounds 5] [--scrape-ms 1000] [--otlp]
//       the same statements/s with metrics and tracing off against on (/metrics scraped every second, spans
//       recorded; with --otlp also exported to a loopback sink): two clusters side by side, rounds alternating
//       off, on, off, on, …; each round's figures, the medians and the on/off ratios;
//   dotnet run -c Release --project bench/Monitor.Benchmarks -- redis-log [--deep N]
//       the cluster store's append cost: one statement into a log of 10 against a log of N (100,000),
//       and one alert into an alert log of 10 against one of N, on a redis-server of its own;
//   dotnet run -c Release --project bench/Monitor.Benchmarks -- neighbours [--size 100000] [--rounds 3] [--probes 300] [--phases scan,hnsw,silo,redis] [--hnsw-sizes 1000,10000,100000]
//       candidates by meaning against one owner's N statements: the exact int8 scan alone and its memory,
//       USearch's HNSW graph against it (build, query, recall), in an embedded silo the watcher's
//       evaluation with the neighbour query, the query alone and the index's rebuild on activation, and
//       the rebuild from Redis (a redis-server of its own);
//   dotnet run -c Release --project bench/Monitor.Benchmarks -- sources [--sources 100] [--hosts 10] [--items 10] [--rounds 3] [--deep 10000] [--no-embeddings] [--json FILE]
//       news sources on one silo: items per second from feed to recorded statements, 100 sources on loopback
//       feed servers with articles fetched and extracted, and one source's state size and heap after 10,000 items;
//   dotnet run -c Release --project bench/Monitor.Benchmarks -- --filter '*'
//       BenchmarkDotNet micro-benchmarks of the analysis library.
using BenchmarkDotNet.Running;
using Monitor.Benchmarks;

if (args.Length > 0 && args[0] == "silo")
    return await SiloBenchmark.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "service")
    return await ServiceBenchmark.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "neighbours")
    return await NeighbourBenchmark.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "sources")
    return await SourcesBenchmark.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "redis-log")
    return await RedisLogBenchmark.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "cluster")
{
    // Ctrl+C ends the run through the same path as an error, so the silos and Redis it started are stopped too.
    using var interrupted = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        interrupted.Cancel();
    };
    try
    {
        return await ClusterBenchmark.RunAsync(args[1..], interrupted.Token);
    }
    catch (OperationCanceledException) when (interrupted.IsCancellationRequested)
    {
        Console.Error.WriteLine("interrupted; the silos and Redis it started are stopped");
        return 130;
    }
}

BenchmarkSwitcher.FromAssembly(typeof(SiloBenchmark).Assembly).Run(args);
return 0;
