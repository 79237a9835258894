namespace MeetingBot.Documents;

/// <summary>
/// Seals a finished protocol PDF with the organisation's certificate (an e-seal: a PDF signature
/// that makes any later change visible).
/// </summary>
/// <remarks>
/// <c>output</c> always receives a PDF: the sealed one, or, when no certificate is configured
/// (<see cref="SealStatus.NotConfigured"/>), the input unchanged, so callers store whatever comes
/// out. A configured certificate that cannot be used (Key Vault unreachable, no private key)
/// throws <see cref="ProtocolSealingException"/>; nothing is written to <c>output</c> then. Safe to
/// call concurrently.
/// </remarks>
public interface IProtocolSealer
{
    Task<SealResult> SealAsync(Stream pdf, Stream output, CancellationToken ct);
}

public enum SealStatus
{
    Sealed,
    NotConfigured,
}

/// <summary>What <see cref="IProtocolSealer.SealAsync"/> did; <see cref="SignerSubject"/> is the certificate's subject when sealed.</summary>
public sealed record SealResult(SealStatus Status, string? SignerSubject)
{
    public static SealResult NotConfigured { get; } = new(SealStatus.NotConfigured, null);

    public bool IsSealed => Status == SealStatus.Sealed;
}

/// <summary>The certificate could not be loaded or used, or the PDF could not be read; the message says which.</summary>
public sealed class ProtocolSealingException(string message, Exception? inner = null) : Exception(message, inner);
