using System.Diagnostics;
using Monitor.TestSupport;

namespace Monitor.Silo.Tests;

/// <summary>The real service as a child process, so a test can kill it with SIGKILL and start it again.</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private System.Collections.Concurrent.ConcurrentQueue<string> _output = new();

    /// <summary>The service's last lines of log, for a failing test to show what the service saw.</summary>
    public string RecentOutput => string.Join(Environment.NewLine, _output);

    private ServiceProcess(Process process, HttpClient client, ServicePorts ports)
    {
        _process = process;
        Client = client;
        Ports = ports;
    }

    public HttpClient Client { get; }

    /// <summary>The ports it runs on: a restart on the same ones is the same silo coming back.</summary>
    public ServicePorts Ports { get; }

    public static Task<ServiceProcess> StartAsync(string data, params string[] extraArgs) => StartAsync(data, ServicePorts.Free(), extraArgs);

    public static Task<ServiceProcess> StartAsync(string data, ServicePorts ports, params string[] extraArgs) =>
        StartAsync(Path.Combine(AppContext.BaseDirectory, "Monitor.Silo.dll"), AppContext.BaseDirectory, data, ports, extraArgs);

    /// <summary>Runs <paramref name="dll"/> as `dotnet DLL` from <paramref name="workingDirectory"/>, as an operator might.</summary>
    public static async Task<ServiceProcess> StartAsync(string dll, string workingDirectory, string data, ServicePorts ports, params string[] extraArgs)
    {
        var port = ports.Http;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                dll,
                "--urls", $"http://127.0.0.1:{port}", "--data", data,
                "--silo-port", ports.Silo.ToString(), "--gateway-port", ports.Gateway.ToString(),
                "--log-level", "Warning",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in extraArgs) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        void Keep(string? line)
        {
            if (line is null) return;
            output.Enqueue(line);
            while (output.Count > 400) output.TryDequeue(out _);
        }
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (process.HasExited)
            {
                // Let the output readers drain, so the failure shows why the service stopped.
                await process.WaitForExitAsync();
                throw new ServiceExitedException($"the service exited with code {process.ExitCode}; its last lines:{Environment.NewLine}{string.Join(Environment.NewLine, output.TakeLast(60))}");
            }
            try
            {
                using var health = await client.GetAsync("/health");
                if (health.IsSuccessStatusCode) return new ServiceProcess(process, client, ports) { _output = output };
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }
            Assert.True(DateTime.UtcNow < deadline, "the service did not answer /health within 60 s");
            await Task.Delay(250);
        }
    }

    /// <summary>
    /// Starts the service as the deployment's restart policy does (compose's <c>restart: unless-stopped</c>, a
    /// Kubernetes pod): a silo that stops while it joins — as Orleans makes one that cannot yet reach a peer the
    /// cluster has not declared dead — is started again, up to <paramref name="attempts"/> times.
    /// </summary>
    public static async Task<ServiceProcess> StartWithRestartsAsync(string data, ServicePorts ports, Action<string> log, string[] extraArgs, int attempts = 3)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartAsync(data, ports, extraArgs);
            }
            catch (ServiceExitedException exited) when (attempt < attempts)
            {
                log($"start {attempt} of {attempts} ended: {exited.Message}");
                await Task.Delay(TimeSpan.FromSeconds(2 * attempt));
            }
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no final snapshot — only what was durable survives.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>SIGTERM, as `docker stop` or Kubernetes sends it: the silo drains and hands its grains over; waits for the exit.</summary>
    public async Task TerminateAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString()])) await kill.WaitForExitAsync();
        using var wait = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(wait.Token);
    }

    public int ExitCode => _process.ExitCode;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}

public sealed record ServicePorts(int Http, int Silo, int Gateway)
{
    public static ServicePorts Free() => new(LoopbackPorts.Next(), LoopbackPorts.Next(), LoopbackPorts.Next());
}

/// <summary>The service process ended before it answered /health.</summary>
public sealed class ServiceExitedException(string message) : Exception(message);
