using MeetingBot.Core.Cards;

namespace MeetingBot.Core.Meetings;

/// <summary>One roster member and the answer of theirs that counts (null before they answer).</summary>
public sealed record MemberAttendance(RosterMember Member, MemberAnswer? Answer)
{
    public AttendanceStatus Status => Answer?.Answer switch
    {
        AttendanceAnswer.Accepted => AttendanceStatus.Coming,
        AttendanceAnswer.Declined => AttendanceStatus.Declined,
        _ => AttendanceStatus.NotAnswered,
    };

    /// <summary>The card line; the comment only when <paramref name="withComment"/> (the secretariat's view).</summary>
    public AttendanceEntry ToEntry(bool withComment) => new(
        Member.AsParticipant,
        Status,
        Answer?.Answer == AttendanceAnswer.Declined ? Answer.SubstituteName : null,
        withComment ? Answer?.Comment : null);
}

/// <summary>Every roster member's current answer for one meeting, in roster order.</summary>
public sealed record MeetingAttendance(int MeetingId, IReadOnlyList<MemberAttendance> Members)
{
    public AttendanceTally Tally => AttendanceTally.Of(Members.Select(m => m.Status));

    /// <summary>For the secretariat's attendance card with comments; for anything members see, without.</summary>
    public IReadOnlyList<AttendanceEntry> Entries(bool withComments) => [.. Members.Select(m => m.ToEntry(withComments))];

    public MemberAttendance? Of(int memberId) => Members.FirstOrDefault(m => m.Member.Id == memberId);
}
