namespace MeetingBot.Core.Meetings;

/// <summary>
/// What a member answered: coming, or apologies ("Anmält förhinder"). Outlook's "tentative" is no
/// answer for the protocol and is not recorded.
/// </summary>
public enum AttendanceAnswer
{
    Accepted,
    Declined,
}
