using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Storage;

namespace MeetingBot.Scheduling;

/// <summary>One message of a job's fan-out: where it goes and what it says.</summary>
internal sealed record JobMessage(DeliveryTarget Target, Activity Activity);

/// <summary>Where a job's message goes. <see cref="Key"/> is the idempotency key of the delivery within the job.</summary>
internal abstract record DeliveryTarget(string Key);

/// <summary>A conversation the bot has seen (a channel thread, a group chat, an existing personal chat).</summary>
internal sealed record ConversationTarget(ConversationReference Reference) : DeliveryTarget(Reference.ConversationId);

/// <summary>A member's personal chat, created (or found) by the Connector before the post; needs the app installed for the member.</summary>
internal sealed record PersonalChatTarget(string ServiceUrl, string BotId, string TenantId, string UserAadObjectId)
    : DeliveryTarget("member:" + UserAadObjectId);
