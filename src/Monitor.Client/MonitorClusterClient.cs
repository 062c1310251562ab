using Microsoft.Extensions.Hosting;
using Monitor.Abstractions.Transport;
using Orleans.Configuration;
using Orleans.Connections.Security;
using StackExchange.Redis;

namespace Monitor.Client;

/// <summary>Connects an Orleans client to a Monitor cluster: it finds the silos' gateways in the same Redis the silos use.</summary>
public static class MonitorClusterClient
{
    /// <param name="redis">"HOST:PORT" or a StackExchange.Redis configuration string, as the silos' <c>--redis</c>.</param>
    /// <param name="clusterId">The silos' <c>Monitor:ClusterId</c>.</param>
    /// <param name="serviceId">The silos' <c>Monitor:ServiceId</c>.</param>
    /// <param name="tls">
    /// Required when the silos run with <c>Monitor:Tls</c>: this client's certificate and key, signed by the cluster's
    /// authority, and that authority (<c>CaPath</c>), which the silos' certificates must chain to. The files are read
    /// here, so a missing or unfit one fails at once.
    /// </param>
    public static IClientBuilder UseMonitorCluster(this IClientBuilder client, string redis, string clusterId, string serviceId = "monitor", ClusterTlsOptions? tls = null)
    {
        client.UseRedisClustering(options =>
        {
            options.ConfigurationOptions = ConfigurationOptions.Parse(redis);
            options.ConfigurationOptions.AbortOnConnectFail = false;
        });
        client.Configure<ClusterOptions>(cluster =>
        {
            cluster.ClusterId = clusterId;
            cluster.ServiceId = serviceId;
        });
        // A caller's trace goes with its grain calls, so its spans and the silos' join into one trace when it records them.
        client.AddActivityPropagation();
        if (tls is { IsConfigured: true })
        {
            var certificates = ClusterCertificates.Load(tls, acceptsConnections: false, nameof(tls));
            client.UseTls(certificates.Certificate, options =>
            {
                // The gateway must prove it belongs to the cluster too, and this client always shows its certificate.
                options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
                options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
                options.RemoteCertificateValidation = certificates.IsTrustedPeer;
            });
        }
        return client;
    }
}
