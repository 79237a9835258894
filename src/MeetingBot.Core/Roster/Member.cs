namespace MeetingBot.Core.Roster;

/// <summary>
/// A person on the group's roster. <see cref="Email"/> is how calendars and Teams find them; it is
/// absent for people known only from a protocol until the secretariat completes the roster.
/// </summary>
public sealed record Member(string Name, string Organisation, string? Email, MemberRole Role);
