using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.Scheduling;

/// <summary>One message of a job's fan-out: where it goes and what it says.</summary>
/// <param name="Delivered">
/// Called once the post is confirmed, with the conversation and Teams' activity id, so the feature can
/// remember the copy (to update it later). A failure there is logged and does not undo the delivery.
/// </param>
/// <param name="Replaces">A copy already in the target's conversation: it is updated in place (PUT) rather than posted again.</param>
internal sealed record JobMessage(DeliveryTarget Target, Activity Activity, Func<DeliveredMessage, CancellationToken, Task>? Delivered = null, DeliveredMessage? Replaces = null);

/// <summary>A job's message as Teams holds it after the post.</summary>
internal sealed record DeliveredMessage(ConversationAddress Address, string ActivityId);

/// <summary>Where a job's message goes. <see cref="Key"/> is the idempotency key of the delivery within the job.</summary>
internal abstract record DeliveryTarget(string Key)
{
    /// <summary>The same conversation under its own key, for a second message of the job there (a report to someone who also got the card).</summary>
    public DeliveryTarget For(string purpose) => this with { Key = purpose + ":" + Key };
}

/// <summary>A conversation the bot has seen (a channel thread, a group chat, an existing personal chat).</summary>
internal sealed record ConversationTarget(ConversationReference Reference) : DeliveryTarget(Reference.ConversationId);

/// <summary>
/// A member's personal chat: the one the bot already knows (<paramref name="ConversationId"/>), or else
/// created (or found) by the Connector before the post, which needs the app installed for the member.
/// The key names the member either way, so a retry that has since learnt the chat does not post twice.
/// </summary>
/// <param name="TeamsUserId">
/// The member's Teams id (29:…) where the team's member list gave it: the form Teams documents for creating
/// the chat, and the only one Microsoft 365 Agents Playground takes. The Entra id is the fallback.
/// </param>
internal sealed record PersonalChatTarget(string ServiceUrl, string BotId, string TenantId, string UserAadObjectId, string? ConversationId = null, string? TeamsUserId = null)
    : DeliveryTarget(KeyOf(UserAadObjectId))
{
    public static string KeyOf(string userAadObjectId) => "member:" + userAadObjectId;
}
