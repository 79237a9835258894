using System.Text.Json;
using System.Text.Json.Serialization;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Cards;

namespace MeetingBot.Bot.Scheduled;

/// <summary>
/// Who asked for an agenda post or a reminder and where the summary goes, kept with the job
/// (<c>ScheduledJobs.Request</c>) so whoever finishes it, after a restart or on another instance, can answer.
/// </summary>
/// <param name="AnswerIn">The conversation to answer in; null for the asker's personal chat (found or created by then).</param>
internal sealed record DeliveryRequest(string ServiceUrl, string BotId, string TenantId, string? AadObjectId, string? TeamsUserId, CardLanguage Language, string? AnswerIn)
{
    /// <param name="privately">
    /// The summary names people (who has not answered): it goes to the asker's personal chat, not where they asked.
    /// </param>
    /// <returns>Null when the turn does not say enough to answer later (no service URL, bot or tenant; no Entra id for a private answer).</returns>
    public static DeliveryRequest? From(TurnContext turn, CardLanguage language, bool privately)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        if (activity.ServiceUrl is not { Length: > 0 } serviceUrl || activity.Recipient?.Id is not { Length: > 0 } botId || activity.TenantId is not { Length: > 0 } tenantId)
        {
            return null;
        }

        var aadObjectId = activity.From?.AadObjectId is { Length: > 0 } aad ? aad : null;
        var answerIn = !privately || PrivateReplies.IsPersonal(turn) ? activity.Conversation?.Id : null;
        return answerIn is null && aadObjectId is null ? null : new DeliveryRequest(serviceUrl, botId, tenantId, aadObjectId, activity.From?.Id, language, answerIn);
    }

    public string ToJson() => JsonSerializer.Serialize(this, DeliveryRequestJson.Default.DeliveryRequest);

    /// <summary>Null for a planned job (no request).</summary>
    public static DeliveryRequest? FromJson(string? json) => json is null ? null : JsonSerializer.Deserialize(json, DeliveryRequestJson.Default.DeliveryRequest);
}

[JsonSerializable(typeof(DeliveryRequest))]
internal sealed partial class DeliveryRequestJson : JsonSerializerContext;
