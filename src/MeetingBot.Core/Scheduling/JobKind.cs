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

    /// <summary>One justering version's reminder to the signatories who have not answered; keyed by meeting and version, not a meeting date.</summary>
    RemindJustering,

    /// <summary>Reminds the secretariat 14 days before an assignment falls due; not tied to a meeting.</summary>
    RemindAssignment,
}
