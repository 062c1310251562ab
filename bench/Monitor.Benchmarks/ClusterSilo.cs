using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Monitor.Benchmarks;

/// <summary>The ports one silo runs on; a silo started again on the same ones is the same silo coming back.</summary>
public sealed record SiloPorts(int Http, int Silo, int Gateway);

/// <summary>
/// One silo of the cluster benchmark: the service's own Monitor.Silo.dll as a child process, so it can be
/// killed with SIGKILL and started again. Its warnings and errors are counted into a log shared by the
/// cluster, so the benchmark can say what the service complained about while it was measured.
/// </summary>
public sealed class ClusterSilo : IAsyncDisposable
{
    private readonly Process _process;

    private ClusterSilo(Process process, SiloPorts ports, int number)
    {
        _process = process;
        Ports = ports;
        Number = number;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{ports.Http}"), Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>1, 2, 3… as the benchmark prints it.</summary>
    public int Number { get; }

    public SiloPorts Ports { get; }

    /// <summary>No timeout of its own: every call passes a token that bounds it.</summary>
    public HttpClient Client { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>CPU time the silo's process has used so far, user and system.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>Path of the service next to this benchmark, where the Monitor.Silo project reference puts it.</summary>
    public static string ServiceDll => Path.Combine(AppContext.BaseDirectory, "Monitor.Silo.dll");

    /// <param name="settings">More of the service's arguments ("--Monitor:Metrics:Enabled=false"), after the benchmark's own.</param>
    public static async Task<ClusterSilo> StartAsync(int number, SiloPorts ports, string redis, string clusterId, IReadOnlyList<string> settings, SiloLog log, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                ServiceDll,
                "--urls", $"http://127.0.0.1:{ports.Http}",
                "--silo-port", ports.Silo.ToString(), "--gateway-port", ports.Gateway.ToString(),
                "--redis", redis, "--advertise", "127.0.0.1", "--cluster-id", clusterId,
                "--no-sample", "--Monitor:Embeddings=false", "--log-level", "Warning",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var setting in settings) start.ArgumentList.Add(setting);
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, e) => log.Add(e.Data);
        process.ErrorDataReceived += (_, e) => log.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var silo = new ClusterSilo(process, ports, number);
        try
        {
            await silo.WaitHealthyAsync(TimeSpan.FromSeconds(90), cancellationToken);
            return silo;
        }
        catch
        {
            await silo.DisposeAsync();
            throw;
        }
    }

    /// <summary>SIGKILL: no shutdown, no handover; the others find out through Orleans' failure detection.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private async Task WaitHealthyAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"silo {Number} exited with code {_process.ExitCode} while starting.");
            try
            {
                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                attempt.CancelAfter(TimeSpan.FromSeconds(5));
                using var health = await Client.GetAsync("/health", attempt.Token);
                if (health.IsSuccessStatusCode) return;
            }
            catch (Exception exception) when (exception is HttpRequestException || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"silo {Number} did not answer /health within {limit.TotalSeconds:F0} s.");
            await Task.Delay(200, cancellationToken);
        }
    }
}

/// <summary>
/// Warnings and errors the silos wrote, counted by kind (level, source and the start of the message
/// with numbers and ids blurred), so a few lines can summarise thousands.
/// </summary>
public sealed partial class SiloLog
{
    private readonly ConcurrentDictionary<string, int> _kinds = new();
    private int _warnings;
    private int _errors;

    public int Warnings => Volatile.Read(ref _warnings);

    public int Errors => Volatile.Read(ref _errors);

    public void Add(string? line)
    {
        if (line is null) return;
        var match = LevelPattern().Match(line);
        if (!match.Success) return;
        if (match.Groups[1].Value == "WRN") Interlocked.Increment(ref _warnings);
        else Interlocked.Increment(ref _errors);
        var text = line[match.Length..];
        text = ActorPathPattern().Replace(text, "/api/actors/{id}");
        text = NumberPattern().Replace(text, "#");
        if (text.Length > 170) text = text[..170] + "…";
        _kinds.AddOrUpdate($"{match.Groups[1].Value} {text}", 1, (_, n) => n + 1);
    }

    /// <summary>The most frequent kinds first.</summary>
    public IEnumerable<(string Kind, int Count)> MostFrequent(int count) =>
        _kinds.OrderByDescending(k => k.Value).Take(count).Select(k => (k.Key, k.Value));

    public void Clear()
    {
        _kinds.Clear();
        Interlocked.Exchange(ref _warnings, 0);
        Interlocked.Exchange(ref _errors, 0);
    }

    [GeneratedRegex(@"^\[\d\d:\d\d:\d\d (WRN|ERR|FTL)\] ")]
    private static partial Regex LevelPattern();

    [GeneratedRegex(@"/api/actors/[a-z0-9-]+")]
    private static partial Regex ActorPathPattern();

    [GeneratedRegex(@"[0-9a-f]{8,}|\d+(\.\d+)?")]
    private static partial Regex NumberPattern();
}
