namespace MeetingBot.Core.Meetings;

/// <summary>Where an attendance answer was given: a card in Teams, or the Outlook invitation.</summary>
public enum ReplySource
{
    Teams,
    Outlook,
}
