using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitor.Hosting.Configuration;

namespace Monitor.Hosting;

/// <summary>
/// A one-silo Monitor inside another program (the `monitor` command), on free loopback ports so
/// that several can run side by side.
/// </summary>
public sealed class InProcessSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private InProcessSilo(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    /// <param name="services">Adds services of the caller's own to the silo (an evaluation's observers).</param>
    public static async Task<InProcessSilo> StartAsync(MonitorOptions options, LogLevel minimumLevel, CancellationToken cancellationToken,
        Action<IServiceCollection>? services = null)
    {
        (options.SiloPort, options.GatewayPort) = TwoFreePorts();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(minimumLevel);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: $"{options.ClusterId}-{Guid.NewGuid():N}");
            silo.AddMonitor(options);
            services?.Invoke(silo.Services);
        });
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new InProcessSilo(host);
    }

    public T Get<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    /// <summary>Both are held at once while asked for: one after the other, the OS may hand out the same port twice.</summary>
    private static (int Silo, int Gateway) TwoFreePorts()
    {
        using var silo = new TcpListener(IPAddress.Loopback, 0);
        using var gateway = new TcpListener(IPAddress.Loopback, 0);
        silo.Start();
        gateway.Start();
        return (((IPEndPoint)silo.LocalEndpoint).Port, ((IPEndPoint)gateway.LocalEndpoint).Port);
    }
}
