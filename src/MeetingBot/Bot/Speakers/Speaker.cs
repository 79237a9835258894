using MeetingBot.Core.Roster;

namespace MeetingBot.Bot.Speakers;

/// <summary>The roster member behind an activity: who pressed a button or typed a command.</summary>
internal sealed record Speaker(int MemberId, string Name, string Organisation, string? Email, MemberRole Role, string AadObjectId)
{
    public bool IsSecretariat => Role == MemberRole.Secretariat;
}
