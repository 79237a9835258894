using MeetingBot.Core.Cards;
using MeetingBot.Core.Roster;

namespace MeetingBot.Bot.Speakers;

/// <summary>
/// The roster member behind an activity: who pressed a button or typed a command. <see cref="Language"/>
/// is the one they chose for their own cards and messages (Swedish unless they chose English).
/// </summary>
internal sealed record Speaker(int MemberId, string Name, string Organisation, string? Email, MemberRole Role, string AadObjectId, CardLanguage Language = CardLanguage.Swedish)
{
    public bool IsSecretariat => Role == MemberRole.Secretariat;
}
