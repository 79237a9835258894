namespace MeetingBot.Documents;

internal static partial class DocumentsLog
{
    [LoggerMessage(EventId = 9101, Level = LogLevel.Warning, Message = "No signing certificate is configured (Signing:CertificatePath, or Signing:KeyVaultUri and Signing:CertificateName): protocols are justerade but their PDFs are not sealed")]
    public static partial void SealingNotConfigured(ILogger logger);

    [LoggerMessage(EventId = 9102, Level = LogLevel.Information, Message = "Protocol PDF sealed with the certificate {Subject}")]
    public static partial void Sealed(ILogger logger, string subject);

    [LoggerMessage(EventId = 9103, Level = LogLevel.Information, Message = "Protocol PDF left unsealed: no signing certificate is configured")]
    public static partial void LeftUnsealed(ILogger logger);
}
