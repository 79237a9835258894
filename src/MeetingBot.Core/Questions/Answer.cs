namespace MeetingBot.Core.Questions;

public enum AnswerKind
{
    Decisions,
    Attendance,
    NextMeeting,
    NotFound,
    Assignments,
}

/// <summary>
/// The reply to a question: the cited facts and the text the bot writes. <see cref="Answers"/> is
/// empty exactly when <see cref="Kind"/> is <see cref="AnswerKind.NotFound"/>.
/// </summary>
public sealed record Answer(string Question, AnswerKind Kind, IReadOnlyList<AnswerItem> Answers, string Text);
