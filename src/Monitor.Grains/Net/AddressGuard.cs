using System.Net;
using System.Net.Sockets;

namespace Monitor.Grains.Net;

/// <summary>
/// Keeps Monitor's outbound requests (webhooks, news sources) from reaching inside the network (SSRF):
/// only http(s), and never to loopback, link-local, private, shared or multicast addresses unless the
/// host is allow-listed. Checked when a subscription or source is saved and again on every connection
/// (<see cref="GuardedConnector"/>) — after DNS resolution, so a name that later resolves inward is
/// still refused, and on redirects too.
/// </summary>
/// <param name="allowListSetting">The configuration key that allow-lists hosts, named in refusals.</param>
public sealed class AddressGuard(IEnumerable<string> allowedHosts, string allowListSetting)
{
    private readonly HashSet<string> _allowed = new(allowedHosts, StringComparer.OrdinalIgnoreCase);

    public bool IsAllowListed(string host) => _allowed.Contains(host);

    /// <summary>Null when the URL may be used; otherwise why not.</summary>
    public async Task<string?> CheckAsync(string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return "'url' must be an absolute address.";
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return "'url' must use http or https.";
        if (!string.IsNullOrEmpty(uri.UserInfo)) return "'url' must not carry credentials.";
        if (IsAllowListed(uri.IdnHost)) return null;
        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(uri.IdnHost, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(uri.IdnHost, cancellationToken);
        }
        catch (SocketException)
        {
            return $"The host '{uri.IdnHost}' does not resolve.";
        }
        if (addresses.Length == 0) return $"The host '{uri.IdnHost}' does not resolve.";
        var inward = addresses.FirstOrDefault(IsInternal);
        return inward is null ? null : $"The host '{uri.IdnHost}' resolves to {inward}, an internal address; allow-list the host in {allowListSetting} to use it.";
    }

    public static bool IsInternal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address)) return true;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.Equals(IPAddress.IPv6Any)) return true;
            var bytes = address.GetAddressBytes();
            if ((bytes[0] & 0xFE) == 0xFC) return true; // unique local fc00::/7
            // Teredo (2001::/32) tunnels to an address its bytes only hint at: never a webhook's receiver.
            if (address.IsIPv6Teredo) return true;
            // 2001:db8::/32 is for documentation and 100::/64 discards; neither is anyone's receiver.
            if (bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x0D && bytes[3] == 0xB8) return true;
            if (bytes[0] == 0x01 && bytes.AsSpan(1, 7).IndexOfAnyExcept((byte)0) < 0) return true;
            // 64:ff9b:1::/48 is NAT64 for local use only: its IPv4 side is inside a network by definition.
            if (bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xFF && bytes[3] == 0x9B && bytes[4] == 0 && bytes[5] == 1) return true;
            return EmbeddedIPv4(bytes) is { } embedded && IsInternal(embedded);
        }
        var b = address.GetAddressBytes();
        return b[0] == 0 || b[0] == 10 || b[0] == 127
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)   // shared address space
            || (b[0] == 169 && b[1] == 254)                 // link-local, cloud metadata
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 192 && b[1] == 0 && b[2] == 0)
            || (b[0] == 198 && (b[1] == 18 || b[1] == 19))
            || b[0] >= 224;                                 // multicast and reserved
    }

    /// <summary>
    /// The IPv4 address an IPv6 form carries and routes to: IPv4-compatible (::a.b.c.d), IPv4-translated
    /// (::ffff:0:a.b.c.d), NAT64 (64:ff9b::/96) and 6to4 (2002:aabb:ccdd::/48).
    /// "[::7f00:1]" is 127.0.0.1 however it is written. Null when the address embeds none.
    /// </summary>
    private static IPAddress? EmbeddedIPv4(byte[] bytes)
    {
        bool ZeroesBetween(int from, int to) => bytes.AsSpan(from, to - from).IndexOfAnyExcept((byte)0) < 0;
        var tail = new IPAddress(bytes.AsSpan(12, 4));
        if (ZeroesBetween(0, 12)) return tail;
        if (ZeroesBetween(0, 8) && bytes[8] == 0xFF && bytes[9] == 0xFF && bytes[10] == 0 && bytes[11] == 0) return tail;
        if (bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xFF && bytes[3] == 0x9B && ZeroesBetween(4, 12)) return tail;
        if (bytes[0] == 0x20 && bytes[1] == 0x02) return new IPAddress(bytes.AsSpan(2, 4));
        return null;
    }
}
