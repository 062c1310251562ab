using System.Net;
using System.Net.Sockets;

namespace Monitor.Grains.Webhooks;

/// <summary>
/// Keeps webhooks from reaching inside the network (SSRF): only http(s), and never to loopback,
/// link-local, private, shared or multicast addresses unless the host is allow-listed. Checked when
/// a subscription is created and again on every connection — after DNS resolution, so a name that
/// later resolves inward is still refused, and on redirects too.
/// </summary>
public sealed class WebhookAddressGuard(IEnumerable<string> allowedHosts)
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
        return inward is null ? null : $"The host '{uri.IdnHost}' resolves to {inward}, an internal address; allow-list the host in Monitor:Webhooks:AllowedHosts to use it.";
    }

    public static bool IsInternal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address)) return true;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.Equals(IPAddress.IPv6Any)) return true;
            var first = address.GetAddressBytes()[0];
            return (first & 0xFE) == 0xFC; // unique local fc00::/7
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
}
