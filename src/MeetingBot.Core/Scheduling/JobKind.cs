namespace MeetingBot.Core.Scheduling;

/// <summary>What a scheduled job does. Stored by name, so members may be added but never renamed.</summary>
public enum JobKind
{
    PostAgenda,
    RemindEmptyAgenda,
    RemindUnanswered,
    OfferDraft,
    RenewSubscription,
    RereadRsvps,
}
