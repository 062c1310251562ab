using System.Diagnostics;

namespace Monitor.Silo.Tests;

/// <summary>The real service as a child process, so a test can kill it with SIGKILL and start it again.</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServiceProcess(Process process, HttpClient client)
    {
        _process = process;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<ServiceProcess> StartAsync(string data, params string[] extraArgs)
    {
        var port = RunningService.FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                Path.Combine(AppContext.BaseDirectory, "Monitor.Silo.dll"),
                "--urls", $"http://127.0.0.1:{port}", "--data", data,
                "--silo-port", RunningService.FreePort().ToString(), "--gateway-port", RunningService.FreePort().ToString(),
                "--log-level", "Warning",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var arg in extraArgs) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            Assert.False(process.HasExited, $"the service exited with code {(process.HasExited ? process.ExitCode : 0)}");
            try
            {
                using var health = await client.GetAsync("/health");
                if (health.IsSuccessStatusCode) return new ServiceProcess(process, client);
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }
            Assert.True(DateTime.UtcNow < deadline, "the service did not answer /health within 60 s");
            await Task.Delay(250);
        }
    }

    /// <summary>SIGKILL: no shutdown hooks, no final snapshot — only what was durable survives.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
