using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Monitor.Client;
using Monitor.Silo.Tests.Cluster;

namespace Monitor.Silo.Tests;

/// <summary>TLS settings that cannot work stop the silo at start, saying which setting and file is wrong.</summary>
public sealed class ClusterTlsConfigurationTests : IDisposable
{
    // Nothing has to answer here: the settings are checked while the silo is built, before it connects anywhere.
    private static readonly string[] Cluster = ["--redis", "127.0.0.1:1", "--in-memory", "--no-sample", "--Monitor:Embeddings=false"];

    private readonly TestCertificateAuthority _authority = TestCertificateAuthority.Create("Monitor test cluster CA");

    private readonly TestCertificateAuthority _stranger = TestCertificateAuthority.Create("Someone else's CA");

    [Fact]
    public void A_missing_certificate_file_is_named()
    {
        var tls = _authority.Issue("silo");
        File.Delete(tls.CertificatePath!);

        var error = Assert.Throws<InvalidOperationException>(() => MonitorHost.Build([.. Cluster, .. ClusterTlsArguments.For(tls)]));

        Assert.Contains("Monitor:Tls:CertificatePath", error.Message);
        Assert.Contains(tls.CertificatePath!, error.Message);
    }

    [Fact]
    public void A_certificate_without_its_authority_is_refused()
    {
        var tls = _authority.Issue("silo");

        var error = Assert.Throws<InvalidOperationException>(() => MonitorHost.Build([.. Cluster, "--tls-certificate", tls.CertificatePath!, "--tls-key", tls.KeyPath!]));

        Assert.Contains("Monitor:Tls:CaPath is not set", error.Message);
    }

    [Fact]
    public void A_wrong_key_password_is_named()
    {
        var tls = _authority.Issue("silo", keyPassword: "the right one");
        tls.KeyPassword = "a wrong one";

        var error = Assert.Throws<InvalidOperationException>(() => MonitorHost.Build([.. Cluster, .. ClusterTlsArguments.For(tls)]));

        Assert.Contains("Monitor:Tls:KeyPassword", error.Message);
    }

    [Fact]
    public void A_certificate_another_authority_signed_is_refused_before_any_peer_would()
    {
        var tls = _stranger.Issue("silo");
        tls.CaPath = _authority.CaPath;

        var error = Assert.Throws<InvalidOperationException>(() => MonitorHost.Build([.. Cluster, .. ClusterTlsArguments.For(tls)]));

        Assert.Contains("does not chain to the authority", error.Message);
    }

    [Fact]
    public void An_expired_certificate_is_refused()
    {
        var tls = _authority.Issue("silo", notAfter: DateTimeOffset.UtcNow.AddMinutes(-1));

        var error = Assert.Throws<InvalidOperationException>(() => MonitorHost.Build([.. Cluster, .. ClusterTlsArguments.For(tls)]));

        Assert.Contains("does not chain to the authority", error.Message);
    }

    [Fact]
    public void Tls_without_cluster_mode_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            MonitorHost.Build(["--in-memory", "--no-sample", "--Monitor:Embeddings=false", .. ClusterTlsArguments.For(_authority.Issue("silo"))]));

        Assert.Contains("Monitor:Redis is not", error.Message);
    }

    [Fact]
    public void A_client_with_a_missing_key_fails_when_it_is_configured()
    {
        var tls = _authority.Issue("client");
        File.Delete(tls.KeyPath!);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();

        var error = Assert.Throws<InvalidOperationException>(() => builder.UseOrleansClient(client => client.UseMonitorCluster("127.0.0.1:1", "tls-client", tls: tls)));

        Assert.Contains("tls:KeyPath", error.Message);
        Assert.Contains(tls.KeyPath!, error.Message);
    }

    public void Dispose()
    {
        _authority.Dispose();
        _stranger.Dispose();
    }
}
