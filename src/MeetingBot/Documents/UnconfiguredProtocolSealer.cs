namespace MeetingBot.Documents;

/// <summary>No certificate configured: the PDF passes through unchanged and the result says it is not sealed.</summary>
internal sealed class UnconfiguredProtocolSealer(ILogger<UnconfiguredProtocolSealer> logger) : IProtocolSealer
{
    public async Task<SealResult> SealAsync(Stream pdf, Stream output, CancellationToken ct)
    {
        await pdf.CopyToAsync(output, ct).ConfigureAwait(false);
        DocumentsLog.LeftUnsealed(logger);
        return SealResult.NotConfigured;
    }
}
