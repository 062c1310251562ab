using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Monitor.Abstractions.Transport;
using Monitor.Hosting.Configuration;
using Monitor.Hosting.Services;
using Orleans.Configuration;
using Orleans.Connections.Security;
using StackExchange.Redis;

namespace Monitor.Hosting;

/// <summary>
/// How silos find each other: localhost clustering for the embedded default, Orleans' Redis membership
/// table for a cluster. Only this and the store differ between the two; the grains are the same.
/// </summary>
public static class MonitorClustering
{
    public static ISiloBuilder UseMonitorClustering(this ISiloBuilder silo, MonitorOptions options)
    {
        if (!options.IsCluster)
        {
            if (options.Tls.IsConfigured)
                throw new InvalidOperationException(
                    $"{TlsSettings} is set but {MonitorOptions.Section}:{nameof(MonitorOptions.Redis)} is not. TLS protects the silo and gateway ports of a cluster; " +
                    "a single silo keeps them on loopback. Set --redis for cluster mode, or remove the TLS settings.");
            return silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
        }

        silo.UseRedisClustering(redis => redis.ConfigurationOptions = RedisConfiguration(options));
        silo.Configure<ClusterOptions>(cluster =>
        {
            // ServiceId keys grain state and reminders, so it never changes; ClusterId names one deployment.
            cluster.ServiceId = options.ServiceId;
            cluster.ClusterId = options.ClusterId;
        });
        silo.ConfigureEndpoints(AdvertisedAddress(options), options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
        UseMembershipSettings(silo, options.Membership);
        if (options.Tls.IsConfigured) UseClusterTls(silo, ClusterCertificates.Load(options.Tls, acceptsConnections: true, TlsSettings));
        else silo.Services.AddHostedService<OpenClusterPortsWarning>();
        return silo;
    }

    private const string TlsSettings = $"{MonitorOptions.Section}:{ClusterTlsOptions.Section}";

    /// <summary>Failure detection as configured; the trade-off between finding a dead silo and suspecting a busy one is in docs/cluster.md.</summary>
    private static void UseMembershipSettings(ISiloBuilder silo, MembershipOptions membership)
    {
        const string settings = $"{MonitorOptions.Section}:{nameof(MonitorOptions.Membership)}";
        if (membership.ProbeTimeout <= TimeSpan.Zero)
            throw new InvalidOperationException($"{settings}:{nameof(MembershipOptions.ProbeTimeout)} must be positive; it is {membership.ProbeTimeout}.");
        if (membership.NumMissedProbesLimit < 1)
            throw new InvalidOperationException($"{settings}:{nameof(MembershipOptions.NumMissedProbesLimit)} must be at least 1; it is {membership.NumMissedProbesLimit}.");
        if (membership.NumVotesForDeathDeclaration < 1)
            throw new InvalidOperationException($"{settings}:{nameof(MembershipOptions.NumVotesForDeathDeclaration)} must be at least 1; it is {membership.NumVotesForDeathDeclaration}.");
        silo.Configure<ClusterMembershipOptions>(orleans =>
        {
            orleans.ProbeTimeout = membership.ProbeTimeout;
            orleans.NumMissedProbesLimit = membership.NumMissedProbesLimit;
            orleans.NumVotesForDeathDeclaration = membership.NumVotesForDeathDeclaration;
        });
    }

    /// <summary>
    /// Mutual TLS on both ports and on the connections this silo opens: every peer — a silo joining or calling, a
    /// client at the gateway — must present a certificate from the cluster's authority, and so must this silo.
    /// </summary>
    private static void UseClusterTls(ISiloBuilder silo, ClusterCertificates certificates) =>
        silo.UseTls(certificates.Certificate, tls =>
        {
            tls.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
            tls.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
            tls.RemoteCertificateValidation = certificates.IsTrustedPeer;
        });

    /// <summary>The Redis connection settings every provider uses; startup does not fail while Redis is still coming up.</summary>
    public static ConfigurationOptions RedisConfiguration(MonitorOptions options)
    {
        var configuration = ConfigurationOptions.Parse(options.Redis!);
        configuration.AbortOnConnectFail = false;
        return configuration;
    }

    /// <summary>
    /// The address the other silos reach this one at: the configured one (an IP, or a name resolved now —
    /// a container's own name in compose), else loopback when Redis is on loopback (one host), else this
    /// host's first IPv4 address that is up.
    /// </summary>
    public static IPAddress AdvertisedAddress(MonitorOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.AdvertisedAddress))
        {
            if (IPAddress.TryParse(options.AdvertisedAddress, out var address)) return address;
            return Dns.GetHostAddresses(options.AdvertisedAddress).FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork)
                ?? throw new InvalidOperationException($"Monitor:AdvertisedAddress '{options.AdvertisedAddress}' does not resolve to an IPv4 address.");
        }
        if (RedisIsOnLoopback(options)) return IPAddress.Loopback;
        return NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(u => u.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork)
            ?? IPAddress.Loopback;
    }

    private static bool RedisIsOnLoopback(MonitorOptions options) =>
        RedisConfiguration(options).EndPoints.All(endpoint => endpoint switch
        {
            IPEndPoint ip => IPAddress.IsLoopback(ip.Address),
            DnsEndPoint dns => dns.Host is "localhost",
            _ => false,
        });
}
