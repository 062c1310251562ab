namespace Monitor.Abstractions.Transport;

/// <summary>
/// Mutual TLS on a cluster's silo and gateway ports ("Monitor:Tls" on a silo): the certificate this silo or client
/// presents, its key, and the authority every peer's certificate must be signed by. All are PEM files, laid out as a
/// Kubernetes TLS secret is (tls.crt, tls.key, ca.crt), so cert-manager's secrets and openssl's output fit as they are.
/// </summary>
public sealed class ClusterTlsOptions
{
    public const string Section = "Tls";

    /// <summary>PEM certificate presented to peers; it must chain to <see cref="CaPath"/>.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>PEM private key of <see cref="CertificatePath"/>: PKCS#8, PKCS#1 or SEC1, or encrypted PKCS#8 with <see cref="KeyPassword"/>.</summary>
    public string? KeyPath { get; set; }

    /// <summary>Password of an encrypted PKCS#8 key ("BEGIN ENCRYPTED PRIVATE KEY"); none for a plain key.</summary>
    public string? KeyPassword { get; set; }

    /// <summary>
    /// PEM certificate(s) of the authority that signs every silo's and client's certificate. A peer whose certificate
    /// does not chain to one of them is refused, so the authority must be this cluster's own: any certificate it
    /// signed admits its holder to the cluster.
    /// </summary>
    public string? CaPath { get; set; }

    /// <summary>Whether any TLS setting is given; a partial configuration is refused when the certificates are loaded.</summary>
    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(CertificatePath) || !string.IsNullOrWhiteSpace(KeyPath) || !string.IsNullOrWhiteSpace(CaPath) || !string.IsNullOrEmpty(KeyPassword);
}
