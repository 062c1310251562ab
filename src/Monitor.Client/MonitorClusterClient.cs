using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using StackExchange.Redis;

namespace Monitor.Client;

/// <summary>Connects an Orleans client to a Monitor cluster: it finds the silos' gateways in the same Redis the silos use.</summary>
public static class MonitorClusterClient
{
    /// <param name="redis">"HOST:PORT" or a StackExchange.Redis configuration string, as the silos' <c>--redis</c>.</param>
    /// <param name="clusterId">The silos' <c>Monitor:ClusterId</c>.</param>
    /// <param name="serviceId">The silos' <c>Monitor:ServiceId</c>.</param>
    public static IClientBuilder UseMonitorCluster(this IClientBuilder client, string redis, string clusterId, string serviceId = "monitor")
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
        return client;
    }
}
