using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Monitor.Hosting.Configuration;

namespace Monitor.Hosting.Services;

/// <summary>
/// A cluster silo without TLS takes silo-to-silo and client traffic from whoever reaches its ports, past the API keys,
/// in clear text. That is sound only on a private network, so it is said at every start, where an operator looks.
/// </summary>
internal sealed class OpenClusterPortsWarning(IOptions<MonitorOptions> options, ILogger<OpenClusterPortsWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogWarning(
            "Cluster mode without Monitor:Tls: the silo port {SiloPort} and the gateway port {GatewayPort} accept any caller, unauthenticated and " +
            "unencrypted, and the API keys do not guard them. Keep them on a private network, or configure Monitor:Tls (docs/cluster.md, \"TLS\")",
            options.Value.SiloPort, options.Value.GatewayPort);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
