// Monitor's benchmarks.
//   dotnet run -c Release --project bench/Monitor.Benchmarks -- silo [--actors N] [--per-actor N] [--deep N]
//       recording throughput, cost of the Nth statement against the 10th, and memory, on one silo;
//   dotnet run -c Release --project bench/Monitor.Benchmarks -- --filter '*'
//       BenchmarkDotNet micro-benchmarks of the analysis library.
using BenchmarkDotNet.Running;
using Monitor.Benchmarks;

if (args.Length > 0 && args[0] == "silo")
    return await SiloBenchmark.RunAsync(args[1..]);

BenchmarkSwitcher.FromAssembly(typeof(SiloBenchmark).Assembly).Run(args);
return 0;
