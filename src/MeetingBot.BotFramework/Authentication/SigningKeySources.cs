namespace MeetingBot.BotFramework.Authentication;

/// <summary>
/// The two key sources, created on first use: the Bot Framework one may point at the host's own
/// development issuer, whose address is only known once the server listens.
/// </summary>
internal sealed class SigningKeySources(Func<string> botFrameworkMetadataAddress, string? entraMetadataAddress, HttpClient httpClient, bool requireHttps, TimeProvider timeProvider)
{
    private readonly Lazy<SigningKeySource> botFramework = new(() => new SigningKeySource(botFrameworkMetadataAddress(), httpClient, requireHttps, timeProvider));
    private readonly SigningKeySource? entra = entraMetadataAddress is null ? null : new SigningKeySource(entraMetadataAddress, httpClient, requireHttps, timeProvider);

    public SigningKeySource BotFramework => botFramework.Value;

    public SigningKeySource? Entra => entra;
}
