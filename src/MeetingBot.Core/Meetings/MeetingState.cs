namespace MeetingBot.Core.Meetings;

public enum MeetingState
{
    Planned,
    Cancelled,
    Held,
}
