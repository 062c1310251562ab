using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Monitor.Abstractions.Transport;

/// <summary>
/// The certificates of mutual TLS between the members of a cluster, read from the files <see cref="ClusterTlsOptions"/>
/// names: this member's own, presented on every connection, and the authority a peer's certificate must chain to.
/// Everything that can be checked without a peer is checked here, so a wrong file fails the start, not the first call.
/// </summary>
public sealed class ClusterCertificates
{
    private const string ServerAuthentication = "1.3.6.1.5.5.7.3.1";
    private const string ClientAuthentication = "1.3.6.1.5.5.7.3.2";

    private readonly X509Certificate2Collection _authorities;

    private ClusterCertificates(X509Certificate2 certificate, X509Certificate2Collection authorities)
    {
        Certificate = certificate;
        _authorities = authorities;
    }

    /// <summary>This member's certificate, with its private key.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>
    /// Loads and checks the files. <paramref name="acceptsConnections"/>: a silo, whose certificate also serves its
    /// ports; a client's only opens connections. <paramref name="settingsName"/> names the settings in messages
    /// ("Monitor:Tls").
    /// </summary>
    /// <exception cref="InvalidOperationException">A setting is missing, a file is missing or unreadable, or the certificate does not fit.</exception>
    public static ClusterCertificates Load(ClusterTlsOptions options, bool acceptsConnections, string settingsName)
    {
        var certificatePath = Required(options.CertificatePath, settingsName, nameof(ClusterTlsOptions.CertificatePath));
        var keyPath = Required(options.KeyPath, settingsName, nameof(ClusterTlsOptions.KeyPath));
        var caPath = Required(options.CaPath, settingsName, nameof(ClusterTlsOptions.CaPath));

        var authorities = new X509Certificate2Collection();
        try
        {
            authorities.ImportFromPemFile(caPath);
        }
        catch (CryptographicException exception)
        {
            throw new InvalidOperationException($"{settingsName}:{nameof(ClusterTlsOptions.CaPath)}: '{caPath}' is not a PEM certificate file: {exception.Message}", exception);
        }
        if (authorities.Count == 0)
            throw new InvalidOperationException($"{settingsName}:{nameof(ClusterTlsOptions.CaPath)}: '{caPath}' holds no PEM certificate (-----BEGIN CERTIFICATE-----).");

        var certificate = LoadCertificate(certificatePath, keyPath, options.KeyPassword, settingsName);
        var certificates = new ClusterCertificates(certificate, authorities);
        if (!certificates.ChainsToAuthority(certificate, presented: null, out var status))
            throw new InvalidOperationException(
                $"{settingsName}:{nameof(ClusterTlsOptions.CertificatePath)}: the certificate in '{certificatePath}' ({certificate.Subject}) does not chain to the authority in '{caPath}' " +
                $"({status}), so every peer would refuse it.");
        if (!AllowsUsage(certificate, ClientAuthentication))
            throw new InvalidOperationException($"{settingsName}:{nameof(ClusterTlsOptions.CertificatePath)}: the certificate in '{certificatePath}' is not for TLS client authentication (extendedKeyUsage lacks clientAuth).");
        if (acceptsConnections && !AllowsUsage(certificate, ServerAuthentication))
            throw new InvalidOperationException($"{settingsName}:{nameof(ClusterTlsOptions.CertificatePath)}: the certificate in '{certificatePath}' is not for TLS server authentication (extendedKeyUsage lacks serverAuth), which a silo's ports need.");
        return certificates;
    }

    /// <summary>
    /// Whether a peer's certificate is signed by the cluster's authority and valid now. The host name is not
    /// compared: silos reach each other at addresses that change with every pod, so what admits a peer is the
    /// authority alone — which is why it must be this cluster's own.
    /// </summary>
    public bool IsTrustedPeer(X509Certificate2 certificate, X509Chain? presented, SslPolicyErrors policyErrors) =>
        (policyErrors & SslPolicyErrors.RemoteCertificateNotAvailable) == 0 && ChainsToAuthority(certificate, presented, out _);

    private bool ChainsToAuthority(X509Certificate2 certificate, X509Chain? presented, out string status)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(_authorities);
        // A private authority publishes no revocation list; a certificate is withdrawn by replacing the authority.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        // Intermediates the peer sent along: they still have to chain to the authority to count.
        if (presented is not null)
        {
            foreach (var element in presented.ChainElements)
            {
                if (!element.Certificate.Equals(certificate)) chain.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }
        var trusted = chain.Build(certificate);
        status = trusted ? "valid" : string.Join(", ", chain.ChainStatus.Select(s => s.StatusInformation.Trim()).Where(s => s.Length > 0).DefaultIfEmpty("untrusted"));
        return trusted;
    }

    private static X509Certificate2 LoadCertificate(string certificatePath, string keyPath, string? password, string settingsName)
    {
        X509Certificate2 loaded;
        try
        {
            loaded = string.IsNullOrEmpty(password)
                ? X509Certificate2.CreateFromPemFile(certificatePath, keyPath)
                : X509Certificate2.CreateFromEncryptedPemFile(certificatePath, password, keyPath);
        }
        catch (Exception exception) when (exception is CryptographicException or ArgumentException)
        {
            var encrypted = File.ReadAllText(keyPath).Contains("ENCRYPTED PRIVATE KEY", StringComparison.Ordinal);
            var hint = (encrypted, string.IsNullOrEmpty(password)) switch
            {
                (true, true) => $" The key is encrypted: set {settingsName}:{nameof(ClusterTlsOptions.KeyPassword)}.",
                (true, false) => $" Is {settingsName}:{nameof(ClusterTlsOptions.KeyPassword)} the key's password?",
                _ => " Is it the key of that certificate, and are both PEM?",
            };
            throw new InvalidOperationException(
                $"{settingsName}: could not read the certificate '{certificatePath}' with the key '{keyPath}': {exception.Message}{hint}", exception);
        }
        // Windows' TLS stack cannot use a key that lives only in memory, as a PEM key does; a PKCS#12 round trip
        // gives it one it can. Elsewhere the certificate is used as loaded.
        if (!OperatingSystem.IsWindows()) return loaded;
        using (loaded) return X509CertificateLoader.LoadPkcs12(loaded.Export(X509ContentType.Pkcs12), password: null);
    }

    private static string Required(string? path, string settingsName, string setting)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new InvalidOperationException(
                $"{settingsName}:{setting} is not set. TLS needs {nameof(ClusterTlsOptions.CertificatePath)}, {nameof(ClusterTlsOptions.KeyPath)} and {nameof(ClusterTlsOptions.CaPath)} together.");
        if (!File.Exists(path))
            throw new InvalidOperationException($"{settingsName}:{setting}: there is no file at '{path}'{(Path.IsPathRooted(path) ? "" : $" (relative to {Environment.CurrentDirectory})")}.");
        return path;
    }

    /// <summary>A certificate without the extended key usage extension may be used for anything.</summary>
    private static bool AllowsUsage(X509Certificate2 certificate, string usage)
    {
        var extension = certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().FirstOrDefault();
        return extension is null || extension.EnhancedKeyUsages.Cast<Oid>().Any(o => o.Value == usage);
    }
}
