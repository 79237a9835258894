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
    /// <summary>Counts in one pass, from the statuses alone: a tally is on every card a press answers with.</summary>
    public static AttendanceTally Of(IEnumerable<AttendanceStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var (coming, declined, notAnswered) = (0, 0, 0);
        foreach (var status in statuses)
        {
            switch (status)
            {
                case AttendanceStatus.Coming:
                    coming++;
                    break;
                case AttendanceStatus.Declined:
                    declined++;
                    break;
                default:
                    notAnswered++;
                    break;
            }
        }

        return new AttendanceTally(coming, declined, notAnswered);
    }
}
