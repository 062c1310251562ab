using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Monitor.TestSupport;

/// <summary>
/// Loopback ports for the services a test starts. A port is only known to be free while something holds it, so
/// asking the OS for "any free port" twice in a row can return the same port before the first service has bound
/// it (a silo and its own HTTP endpoint once got the same one). Ports come from below the OS's ephemeral range,
/// so neither outgoing connections nor "port 0" binds take them, and none is handed out twice in one test run.
/// </summary>
public static class LoopbackPorts
{
    private const int First = 20000;
    private const int Last = 32000;
    private static readonly ConcurrentDictionary<int, byte> HandedOut = new();

    public static int Next()
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var port = Random.Shared.Next(First, Last);
            if (!HandedOut.TryAdd(port, 0)) continue;
            if (IsFree(port)) return port;
        }
        throw new InvalidOperationException($"no free loopback port between {First} and {Last} after 1000 tries");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
