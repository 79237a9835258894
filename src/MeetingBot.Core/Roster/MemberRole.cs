namespace MeetingBot.Core.Roster;

public enum MemberRole
{
    Member,
    Secretariat,
}
