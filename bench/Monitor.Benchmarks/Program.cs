// Monitor's benchmarks: `dotnet run -c Release --project bench/Monitor.Benchmarks -- --filter '*'`.
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
