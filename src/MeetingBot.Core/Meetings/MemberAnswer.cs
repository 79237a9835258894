namespace MeetingBot.Core.Meetings;

/// <summary>
/// One stored answer. <see cref="SubstituteName"/> only goes with <see cref="AttendanceAnswer.Declined"/>;
/// <see cref="Comment"/> is for the secretariat's eyes only.
/// </summary>
public sealed record MemberAnswer(
    AttendanceAnswer Answer, string? SubstituteName, string? Comment, ReplySource Source, DateTimeOffset At)
{
    /// <summary>Same answer, substitute and comment: a repeat that must change nothing.</summary>
    public bool SaysTheSameAs(MemberAnswer other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Answer == other.Answer
            && string.Equals(SubstituteName, other.SubstituteName, StringComparison.Ordinal)
            && string.Equals(Comment, other.Comment, StringComparison.Ordinal);
    }
}
