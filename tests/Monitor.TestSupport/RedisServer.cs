// Monitor.TestSupport holds what several test projects start for real: a Redis server on loopback.
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Monitor.TestSupport;

/// <summary>
/// A real redis-server on a free loopback port with append-only persistence fsync'd on every write,
/// its files in a folder of its own, so a test can kill it with SIGKILL and start it again on the same
/// files — what a crash and a restart do to a production Redis.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private Process? _process;

    private RedisServer(int port, string directory)
    {
        Port = port;
        Directory = directory;
    }

    public int Port { get; }

    public string Directory { get; }

    /// <summary>"127.0.0.1:PORT", as `--redis` takes it.</summary>
    public string Address => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), "monitor-redis-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var server = new RedisServer(LoopbackPorts.Next(), directory);
        await server.RestartAsync();
        return server;
    }

    /// <summary>Starts the server (again) on the same port and files, and waits until it answers.</summary>
    public async Task RestartAsync()
    {
        var executable = new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("redis-server is not installed; scripts/test.sh installs it (apt-get install redis-server).");
        var start = new ProcessStartInfo(executable)
        {
            ArgumentList =
            {
                "--port", Port.ToString(), "--bind", "127.0.0.1", "--dir", Directory,
                "--appendonly", "yes", "--appendfsync", "always", "--save", "", "--daemonize", "no",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"redis-server exited with code {_process.ExitCode}.");
            if (await AnswersPingAsync()) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("redis-server did not answer PING within 20 s.");
            await Task.Delay(50);
        }
    }

    /// <summary>SIGKILL: Redis gets no chance to flush anything; only what was fsync'd survives.</summary>
    public async Task KillAsync()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer);
            return System.Text.Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }

}
