namespace MeetingBot.Documents;

/// <summary>
/// <c>Signing:*</c>: where the certificate that seals protocols comes from. Either a PFX file
/// (<see cref="CertificatePath"/>, with <see cref="CertificatePassword"/>; Development and tests)
/// or a Key Vault certificate (<see cref="KeyVaultUri"/> and <see cref="CertificateName"/>; Azure),
/// never both. With neither, protocols are not sealed and the log says so.
/// </summary>
public sealed class SigningOptions
{
    public const string Section = "Signing";

    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    public Uri? KeyVaultUri { get; set; }

    public string? CertificateName { get; set; }

    /// <summary>The user-assigned managed identity's client id for Key Vault; the default Azure credential when empty.</summary>
    public string? ManagedIdentityClientId { get; set; }

    public bool UsesFile => !string.IsNullOrWhiteSpace(CertificatePath);

    public bool UsesKeyVault => KeyVaultUri is not null || !string.IsNullOrWhiteSpace(CertificateName);
}
