// Monitor's benchmarks.
//   dotnet run -c Release --project bench/Monitor.Benchmarks -- silo [--actors N] [--per-actor N] [--deep N] [--no-embeddings]
//       recording throughput, cost of the Nth statement against the 10th, the watcher's evaluation
//       time against a long history, and memory, on one silo;
//   dotnet run -c Release --project bench/Monitor.Benchmarks -- service [--subscriptions N] [--alerts N] [--documents N]
//       documents per second through POST /api/documents, and latency from POST /api/statements to
//       webhook and to server-sent event with many subscriptions, over real HTTP on loopback;
//   dotnet run -c Release --project bench/Monitor.Benchmarks -- --filter '*'
//       BenchmarkDotNet micro-benchmarks of the analysis library.
using BenchmarkDotNet.Running;
using Monitor.Benchmarks;

if (args.Length > 0 && args[0] == "silo")
    return await SiloBenchmark.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "service")
    return await ServiceBenchmark.RunAsync(args[1..]);

BenchmarkSwitcher.FromAssembly(typeof(SiloBenchmark).Assembly).Run(args);
return 0;
