using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Monitor.Abstractions.Transport;

namespace Monitor.Silo.Tests.Cluster;

/// <summary>
/// A throwaway certificate authority that writes PEM files to a folder of its own, laid out as the deployments mount
/// them (ca.crt, and tls.crt and tls.key per member), so the tests read certificates the way a silo does.
/// </summary>
public sealed class TestCertificateAuthority : IDisposable
{
    private readonly X509Certificate2 _authority;

    private TestCertificateAuthority(string directory, X509Certificate2 authority)
    {
        Directory = directory;
        _authority = authority;
        CaPath = Path.Combine(directory, "ca.crt");
        File.WriteAllText(CaPath, authority.ExportCertificatePem());
    }

    public string Directory { get; }

    /// <summary>The authority's certificate, as <c>Monitor:Tls:CaPath</c> takes it.</summary>
    public string CaPath { get; }

    public static TestCertificateAuthority Create(string name)
    {
        var directory = Path.Combine(Path.GetTempPath(), "monitor-tls-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: true, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        var authority = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-10), DateTimeOffset.UtcNow.AddDays(2));
        return new TestCertificateAuthority(directory, authority);
    }

    /// <summary>
    /// Signs a certificate for <paramref name="name"/> and writes it to NAME/tls.crt and NAME/tls.key (an encrypted
    /// PKCS#8 key when <paramref name="keyPassword"/> is given). The result also names this authority's ca.crt.
    /// </summary>
    public ClusterTlsOptions Issue(string name, string? keyPassword = null, DateTimeOffset? notAfter = null)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([Oid.FromOidValue("1.3.6.1.5.5.7.3.1", OidGroup.EnhancedKeyUsage), Oid.FromOidValue("1.3.6.1.5.5.7.3.2", OidGroup.EnhancedKeyUsage)], critical: false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(_authority, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        using var certificate = request.Create(_authority, DateTimeOffset.UtcNow.AddMinutes(-5), notAfter ?? DateTimeOffset.UtcNow.AddDays(1), RandomNumberGenerator.GetBytes(16));

        var folder = Path.Combine(Directory, name);
        System.IO.Directory.CreateDirectory(folder);
        var options = new ClusterTlsOptions
        {
            CertificatePath = Path.Combine(folder, "tls.crt"),
            KeyPath = Path.Combine(folder, "tls.key"),
            KeyPassword = keyPassword,
            CaPath = CaPath,
        };
        File.WriteAllText(options.CertificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(options.KeyPath, keyPassword is null
            ? key.ExportPkcs8PrivateKeyPem()
            : key.ExportEncryptedPkcs8PrivateKeyPem(keyPassword, new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 10_000)));
        return options;
    }

    public void Dispose()
    {
        _authority.Dispose();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}

/// <summary>The settings as silo arguments.</summary>
public static class ClusterTlsArguments
{
    public static string[] For(ClusterTlsOptions tls) =>
    [
        "--tls-certificate", tls.CertificatePath!, "--tls-key", tls.KeyPath!, "--tls-ca", tls.CaPath!,
        .. tls.KeyPassword is { } password ? [$"--Monitor:Tls:KeyPassword={password}"] : Array.Empty<string>(),
    ];
}
