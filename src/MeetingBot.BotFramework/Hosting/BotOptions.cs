namespace MeetingBot.BotFramework.Hosting;

/// <summary>
/// The <c>Bot</c> configuration section. Validated at start-up by <see cref="BotOptionsValidator"/>;
/// no combination of these settings turns inbound authentication off.
/// </summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>Bot Framework's public-cloud OpenID metadata (the address botbuilder uses).</summary>
    public const string PublicCloudOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The app id Development uses when <c>Bot:AppId</c> is not set; tokens from the development issuer carry it as audience.</summary>
    public const string DevelopmentAppId = "00000000-0000-0000-0000-00000000b07d";

    /// <summary>The bot's Microsoft App ID: the audience of inbound tokens and the client id of outbound ones.</summary>
    public string? AppId { get; set; }

    /// <summary>The bot's home tenant: the authority for outbound tokens, and the only issuer tenant the Entra token path accepts.</summary>
    public string? TenantId { get; set; }

    /// <summary>Tenants whose activities are accepted. Empty means only <see cref="TenantId"/>.</summary>
    public IList<string> AllowedTenants { get; } = [];

    /// <summary>
    /// The app ids (the <c>appid</c> claim of v1 tokens, <c>azp</c> of v2) whose Entra tokens may call the bot.
    /// Empty (the default) turns the Entra token path off: Entra issues a token for the bot's audience to any
    /// app registration in the tenant, so tenant and audience alone say nothing about who is calling.
    /// </summary>
    public IList<string> EntraAllowedCallers { get; } = [];

    /// <summary>Where Bot Framework signing keys are published. Empty: public cloud, or the development issuer in Development.</summary>
    public string? OpenIdMetadataUrl { get; set; }

    /// <summary>Entra metadata for the second token path (used only with <see cref="EntraAllowedCallers"/>). Empty: <c>https://login.microsoftonline.com/{TenantId}/v2.0/.well-known/openid-configuration</c>.</summary>
    public string? EntraOpenIdMetadataUrl { get; set; }

    public string? ClientSecret { get; set; }

    public string? CertificatePath { get; set; }

    public string? ManagedIdentityClientId { get; set; }

    /// <summary>How long a non-invoke activity may be handled in the background before it is cancelled.</summary>
    public TimeSpan BackgroundTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Budget for an invoke handler: Teams gives up on card actions after a few seconds.</summary>
    public TimeSpan InvokeTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
