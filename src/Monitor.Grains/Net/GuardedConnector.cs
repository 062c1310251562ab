using System.Net;
using System.Net.Sockets;

namespace Monitor.Grains.Net;

/// <summary>
/// An HTTP handler whose every connection is checked against an <see cref="AddressGuard"/> after DNS
/// resolution and connects to exactly the addresses it checked, so a name that resolves outward when the
/// URL is saved and inward when it is used (DNS rebinding) is still refused. Redirects are left to the
/// caller (each hop connects through here again) and no proxy is used, since through one the check would
/// see the proxy, not the server.
/// </summary>
public static class GuardedConnector
{
    public static SocketsHttpHandler CreateHandler(AddressGuard guard) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        AutomaticDecompression = DecompressionMethods.None,
        ConnectCallback = (context, cancellationToken) => ConnectAsync(guard, context, cancellationToken),
    };

    private static async ValueTask<Stream> ConnectAsync(AddressGuard guard, SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (!guard.IsAllowListed(host) && addresses.FirstOrDefault(AddressGuard.IsInternal) is { } inward)
            throw new RefusedAddressException($"refused: '{host}' resolves to the internal address {inward}");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>A connection the address guard refused; arrives as the inner exception of an HttpRequestException.</summary>
public sealed class RefusedAddressException(string message) : IOException(message);
