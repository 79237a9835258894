using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Authentication;

/// <summary>The checks that bind a valid token to the activity it came with (spec §1.1–1.2).</summary>
internal sealed class ActivityAuthorizer(BotAuthenticationSettings settings)
{
    /// <returns>Null when allowed, else the reason for the log.</returns>
    public string? Check(BotIdentity identity, Activity activity)
    {
        if (identity.Path == TokenPath.BotFramework)
        {
            // A Bot Framework key signs only for the channels it is endorsed for.
            if (identity.Endorsements is null || activity.ChannelId is null || !identity.Endorsements.Contains(activity.ChannelId))
            {
                return $"signing key '{identity.KeyId}' is not endorsed for channel '{activity.ChannelId}'";
            }
        }

        // On both paths: without the claim the bot would send replies, and its own bearer token, wherever the body says.
        if (identity.ServiceUrl is null)
        {
            return $"missing serviceurl claim ({identity.Path} token)";
        }

        // botbuilder compares case-insensitively without normalisation; so do we.
        if (!string.Equals(identity.ServiceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return "serviceurl claim does not match the activity's serviceUrl";
        }

        if (settings.AllowedTenants.Count > 0 && (activity.TenantId is not { } tenant || !settings.AllowedTenants.Contains(tenant)))
        {
            return $"tenant '{activity.TenantId}' is not allowed";
        }

        return null;
    }
}
