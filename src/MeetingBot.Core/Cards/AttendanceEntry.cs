using MeetingBot.Core.Protocols;

namespace MeetingBot.Core.Cards;

public enum AttendanceStatus
{
    NotAnswered,
    Coming,
    Declined,
}

/// <summary>
/// Where one roster member stands for a meeting. <see cref="Comment"/> is for the secretariat only:
/// cards that members see never show it.
/// </summary>
public sealed record AttendanceEntry(Participant Member, AttendanceStatus Status, string? Substitute = null, string? Comment = null);

/// <summary>The counts everyone sees on the agenda card.</summary>
public sealed record AttendanceTally(int Coming, int Declined, int NotAnswered)
{
    public static AttendanceTally Of(IEnumerable<AttendanceEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToList();
        return new AttendanceTally(
            list.Count(e => e.Status == AttendanceStatus.Coming),
            list.Count(e => e.Status == AttendanceStatus.Declined),
            list.Count(e => e.Status == AttendanceStatus.NotAnswered));
    }
}
