namespace MeetingBot.BotFramework.Authentication;

/// <summary>What a validated token says about its sender; checked against the activity it came with.</summary>
/// <param name="Endorsements">The channel ids the signing key is endorsed for; null when the key has none.</param>
/// <param name="ServiceUrl">The token's <c>serviceurl</c> claim, when present.</param>
public sealed record BotIdentity(TokenPath Path, string KeyId, IReadOnlySet<string>? Endorsements, string? ServiceUrl);

/// <summary>Success carries the identity; failure a reason for the log, never for the caller.</summary>
public sealed record TokenValidationOutcome(BotIdentity? Identity, string? FailureReason)
{
    public static TokenValidationOutcome Fail(string reason) => new(null, reason);
}
