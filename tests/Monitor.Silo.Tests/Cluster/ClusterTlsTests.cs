using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitor.Abstractions.Grains;
using Monitor.Abstractions.Transport;
using Monitor.Client;
using Monitor.TestSupport;
using Orleans.Connections.Security;
using Orleans.Runtime;
using static Monitor.Silo.Tests.Json;

namespace Monitor.Silo.Tests.Cluster;

/// <summary>Two silos on Redis with mutual TLS, the silos' key encrypted; a second authority for strangers.</summary>
public sealed class TlsClusterFixture : IAsyncLifetime
{
    public RedisServer Redis { get; private set; } = null!;

    public TestCertificateAuthority Authority { get; } = TestCertificateAuthority.Create("Monitor test cluster CA");

    public TestCertificateAuthority Stranger { get; } = TestCertificateAuthority.Create("Someone else's CA");

    public string ClusterId { get; } = "tls-" + Guid.NewGuid().ToString("N")[..8];

    public ServiceProcess First { get; private set; } = null!;

    public ServiceProcess Second { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Redis = await RedisServer.StartAsync();
        string[] cluster =
        [
            "--redis", Redis.Address, "--advertise", "127.0.0.1", "--cluster-id", ClusterId, "--no-sample", "--Monitor:Embeddings=false",
            .. ClusterTlsArguments.For(Authority.Issue("silo", keyPassword: "a key password")),
        ];
        First = await ServiceProcess.StartAsync("/nonexistent", ServicePorts.Free(), cluster);
        Second = await ServiceProcess.StartAsync("/nonexistent", ServicePorts.Free(), cluster);
    }

    public async Task DisposeAsync()
    {
        if (Second is not null) await Second.DisposeAsync();
        if (First is not null) await First.DisposeAsync();
        if (Redis is not null) await Redis.DisposeAsync();
        Authority.Dispose();
        Stranger.Dispose();
    }
}

/// <summary>
/// Two silos on Redis with mutual TLS, their certificates signed by a throwaway authority and read from PEM files as a
/// deployment mounts them; and callers the silo and gateway ports must turn away — no TLS, or a certificate another
/// authority signed — since without TLS those ports accept anyone, past the API keys.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterTlsTests(TlsClusterFixture cluster) : IClassFixture<TlsClusterFixture>
{
    /// <summary>
    /// A refused client never gets in: Orleans keeps trying to connect. A client the silos accept is connected and
    /// served in about a second; this is several times that, and close to the silos' own 10 s handshake timeout.
    /// </summary>
    private static readonly TimeSpan RefusedFor = TimeSpan.FromSeconds(8);

    [Fact]
    public async Task Two_silos_with_tls_form_one_cluster_and_a_client_with_a_certificate_reads_what_either_recorded()
    {
        Assert.True((await cluster.First.Client.PutAsync("/api/actors/sealed", Body(new { name = "Sealed" }))).IsSuccessStatusCode);
        using var posted = await cluster.Second.Client.PostAsync("/api/statements", Body(new[]
        {
            Statement("sealed-1", "sealed", "We support the canal plan.", "2024-05-01T09:00:00Z", "canal", "support"),
        }));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);

        // Each silo's two ports speak TLS and admit a certificate of the cluster's authority.
        var member = cluster.Authority.Issue("member");
        int[] ports = [cluster.First.Ports.Silo, cluster.First.Ports.Gateway, cluster.Second.Ports.Silo, cluster.Second.Ports.Gateway];
        var kept = await Task.WhenAll(ports.Select(port => SiloKeepsConnectionAsync(port, member)));
        Assert.True(kept.All(k => k), $"a port turned a member away (ports {string.Join(", ", ports)} kept its connection: {string.Join(", ", kept)})");

        var tls = cluster.Authority.Issue("client");
        using var client = await ConnectAsync(builder => builder.UseMonitorCluster(cluster.Redis.Address, cluster.ClusterId, tls: tls), TimeSpan.FromSeconds(30));
        var grains = client.Services.GetRequiredService<IClusterClient>();
        var silos = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        Assert.Equal(2, silos.Count);
        var statements = await grains.GetGrain<IActorGrain>("sealed").GetStatements(new StatementQuery(0, 10, null));
        Assert.Equal("sealed-1", Assert.Single(statements).Id);
        Assert.DoesNotContain("accept any caller", cluster.First.RecentOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_gateway_serves_no_client_without_tls_or_with_a_certificate_another_authority_signed()
    {
        var stranger = cluster.Stranger.Issue("stranger-client");
        using var strangerCertificate = X509Certificate2.CreateFromPemFile(stranger.CertificatePath!, stranger.KeyPath!);

        await Task.WhenAll(
            AssertNotServedAsync(builder => builder.UseMonitorCluster(cluster.Redis.Address, cluster.ClusterId)),
            // This one accepts any silo, so only the silo's check of its certificate can keep it out.
            AssertNotServedAsync(builder => builder.UseMonitorCluster(cluster.Redis.Address, cluster.ClusterId).UseTls(strangerCertificate, tls =>
            {
                tls.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
                tls.AllowAnyRemoteCertificate();
            })));
    }

    [Fact]
    public async Task The_silo_port_keeps_a_connection_only_from_a_certificate_the_cluster_authority_signed()
    {
        var port = cluster.First.Ports.Silo;
        var member = cluster.Authority.Issue("member");
        var stranger = cluster.Stranger.Issue("stranger-silo");

        var kept = await Task.WhenAll(SiloKeepsConnectionAsync(port, member), SiloKeepsConnectionAsync(port, stranger), SiloKeepsConnectionAsync(port, certificate: null));

        Assert.Equal([true, false, false], kept);
    }

    private async Task AssertNotServedAsync(Action<IClientBuilder> configure)
    {
        var served = await Record.ExceptionAsync(async () =>
        {
            using var client = await ConnectAsync(configure, RefusedFor);
            using var timeout = new CancellationTokenSource(RefusedFor);
            await client.Services.GetRequiredService<IClusterClient>().GetGrain<IActorGrain>("sealed").GetDefinition().WaitAsync(timeout.Token);
        });
        Assert.True(served is not null, "the gateway served a client it should have refused");
    }

    private static async Task<IHost> ConnectAsync(Action<IClientBuilder> configure, TimeSpan within)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(configure);
        var host = builder.Build();
        try
        {
            using var timeout = new CancellationTokenSource(within);
            await host.StartAsync(timeout.Token);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Whether the silo port, after a TLS handshake with this certificate, keeps the connection open for Orleans'
    /// own exchange. The caller trusts any silo: what is tested is the silo's verdict on the caller. That verdict may
    /// come after the caller's handshake has completed (TLS 1.3 sends it afterwards), as a closed connection.
    /// </summary>
    private static async Task<bool> SiloKeepsConnectionAsync(int port, ClusterTlsOptions? certificate)
    {
        using var presented = certificate is null ? null : X509Certificate2.CreateFromPemFile(certificate.CertificatePath!, certificate.KeyPath!);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port);
        await using var tls = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false);
        try
        {
            using var handshake = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = "silo",
                ClientCertificates = presented is null ? null : new X509CertificateCollection { presented },
                RemoteCertificateValidationCallback = (_, _, _, _) => true,
            }, handshake.Token);
            var read = tls.ReadAsync(new byte[64]).AsTask();
            if (await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(2))) != read) return true;
            return await read > 0;
        }
        catch (Exception exception) when (exception is AuthenticationException or IOException)
        {
            return false;
        }
    }
}

/// <summary>Without TLS a cluster still runs, and says at every start that its silo and gateway ports are open.</summary>
[Collection(ClusterCollection.Name)]
public sealed class OpenClusterPortsTests
{
    [Fact]
    public async Task A_cluster_silo_without_tls_warns_at_start_that_anyone_reaching_its_ports_is_served()
    {
        await using var redis = await RedisServer.StartAsync();
        var ports = ServicePorts.Free();
        await using var silo = await ServiceProcess.StartAsync("/nonexistent", ports,
            "--redis", redis.Address, "--advertise", "127.0.0.1", "--cluster-id", "open-" + Guid.NewGuid().ToString("N")[..8], "--no-sample", "--Monitor:Embeddings=false");

        var warning = silo.RecentOutput.Split(Environment.NewLine).FirstOrDefault(l => l.Contains("accept any caller", StringComparison.Ordinal));
        Assert.True(warning is not null, $"no warning about the open ports in:{Environment.NewLine}{silo.RecentOutput}");
        Assert.Contains($"silo port {ports.Silo}", warning);
        Assert.Contains($"gateway port {ports.Gateway}", warning);
        Assert.Contains("Monitor:Tls", warning);
    }
}
