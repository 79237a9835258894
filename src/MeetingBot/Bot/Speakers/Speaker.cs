using MeetingBot.Core.Cards;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Roster;

namespace MeetingBot.Bot.Speakers;

/// <summary>
/// The roster member behind an activity: who pressed a button or typed a command. <see cref="Language"/>
/// is the one they chose for their own cards and messages (Swedish unless they chose English).
/// <see cref="Roster"/> is the roster as read to find them: the turn's one read, which its handler reuses
/// (substitutes, tallies) instead of reading the Members table again.
/// </summary>
internal sealed record Speaker(RosterMember Member, IReadOnlyList<RosterMember> Roster)
{
    public int MemberId => Member.Id;

    public string Name => Member.Name;

    public string Organisation => Member.Organisation;

    public string? Email => Member.Email;

    public MemberRole Role => Member.Role;

    public string AadObjectId => Member.AadObjectId!;

    public CardLanguage Language => Member.Language;

    public bool IsSecretariat => Role == MemberRole.Secretariat;
}
