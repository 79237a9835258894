namespace MeetingBot.Core.Meetings;

public enum AttendanceOutcome
{
    /// <summary>Stored, and now the member's current answer.</summary>
    Recorded,

    /// <summary>The same as the current answer (a double press, a re-delivered invoke, a re-read of Outlook): nothing stored.</summary>
    Unchanged,

    /// <summary>Stored for the record, but an answer given later still counts (an Outlook reply read after a newer Teams answer).</summary>
    Superseded,

    /// <summary>Refused: the meeting has started (or is over).</summary>
    MeetingStarted,

    /// <summary>Refused: no meeting with that id.</summary>
    UnknownMeeting,

    /// <summary>Refused: the person is not on the roster.</summary>
    UnknownMember,

    /// <summary>Refused: the substitute named is on the roster for another organisation, or is the member themself.</summary>
    InvalidSubstitute,

    /// <summary>Refused: the meeting was cancelled.</summary>
    MeetingCancelled,

    /// <summary>Refused: the secretariat's shared identity does not attend (<see cref="Roster.SharedSecretariat"/>).</summary>
    NotAnAttendee,
}

/// <summary>
/// What recording an answer did, and the member's answer that counts afterwards (null when they have none).
/// <see cref="Attendance"/> is every attendee's answer afterwards, from the same read, when the answer got that far.
/// </summary>
public sealed record AttendanceRecordResult(AttendanceOutcome Outcome, MemberAnswer? Current, MeetingAttendance? Attendance = null)
{
    public bool Refused => Outcome is not (AttendanceOutcome.Recorded or AttendanceOutcome.Unchanged or AttendanceOutcome.Superseded);
}
