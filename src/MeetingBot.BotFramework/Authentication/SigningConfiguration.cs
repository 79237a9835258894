using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.BotFramework.Authentication;

/// <summary>One issuer's OpenID metadata as the validator needs it: the issuer, its keys by <c>kid</c>, and each key's endorsements.</summary>
internal sealed class SigningConfiguration(string? issuer, IReadOnlyDictionary<string, SecurityKey> keys, IReadOnlyDictionary<string, IReadOnlySet<string>> endorsements)
{
    public string? Issuer { get; } = issuer;

    public IReadOnlyDictionary<string, SecurityKey> Keys { get; } = keys;

    /// <summary>Channel ids each key may sign for (Bot Framework JWKS only; Entra keys have none).</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Endorsements { get; } = endorsements;
}
