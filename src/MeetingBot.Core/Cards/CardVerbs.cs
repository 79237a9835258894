namespace MeetingBot.Core.Cards;

/// <summary>The verbs the bot's cards send in Action.Execute; the bot's invoke handler dispatches on them.</summary>
public static class CardVerbs
{
    public const string Accept = "rsvp.accept";
    public const string Decline = "rsvp.decline";
    public const string RefreshAgenda = "agenda.refresh";
    public const string Remind = "attendance.remind";
    public const string CreateDraft = "draft.create";
    public const string EnterDecisions = "draft.decisions";
    public const string Download = "draft.download";
    public const string Finalise = "draft.finalise";
    public const string Approve = "justering.approve";
    public const string RequestChange = "justering.change";
    public const string RefreshJustering = "justering.refresh";
}
