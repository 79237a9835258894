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

    /// <summary>Reminds the secretariat 14 days before an assignment falls due; not tied to a meeting.</summary>
    RemindAssignment,
}
