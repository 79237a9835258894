using MeetingBot.BotFramework.Authentication;

namespace MeetingBot.BotFramework.Hosting;

/// <summary>
/// Whether tokens can be validated: the issuers' OpenID metadata and signing keys are fetched (or
/// cached; IdentityModel re-reads them every 12 hours). Registered only when the bot is enabled.
/// The first check fetches, so a readiness probe also warms the cache before the first activity.
/// </summary>
public sealed class BotMetadataReadiness
{
    private readonly SigningKeySources sources;

    internal BotMetadataReadiness(SigningKeySources sources) => this.sources = sources;

    /// <summary>Null when ready; otherwise what is missing, safe to show in a probe's response.</summary>
    public async Task<string?> CheckAsync(CancellationToken cancellationToken)
    {
        var source = sources.BotFramework;
        try
        {
            await source.EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
            if (sources.Entra is { } entra)
            {
                source = entra;
                await entra.EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
            }

            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return $"OpenID metadata not available from {source.MetadataAddress} ({ex.GetType().Name})";
        }
    }
}
