using MeetingBot.Core.Cards;
using MeetingBot.Core.Decisions;
using MeetingBot.Core.Protocols;
using MeetingBot.Core.Series;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Questions;

/// <summary>
/// Answers questions about the group's decisions, attendance and coming meetings from stored facts
/// only: every decision is quoted word for word with its protocol, § and date, and when nothing
/// matches the answer says so instead of guessing.
/// </summary>
public static class QuestionAnswerer
{
    /// <param name="language">The asker's language for the words around the facts; the facts are quoted as stored.</param>
    public static Answer Answer(string question, QuestionContext context, CardLanguage language = CardLanguage.Swedish)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(context);
        var words = AnswerText.For(language);
        var trimmed = question.Trim();
        if (trimmed.Length == 0)
        {
            return NotFound(trimmed, context, words);
        }

        if (QuestionIntent.IsNextMeeting(trimmed))
        {
            return NextMeeting(trimmed, context, words);
        }

        if (QuestionIntent.IsAttendance(trimmed) && Attendance(trimmed, context, words) is { } attendance)
        {
            return attendance;
        }

        if (QuestionIntent.IsAssignments(trimmed) && AssignmentQuestions.Answer(trimmed, context, words) is { } assignments)
        {
            return assignments;
        }

        var hits = context.Register.Search(trimmed);
        if (hits.Count == 0)
        {
            return NotFound(trimmed, context, words);
        }

        var answers = hits
            .Select(h => new DecisionAnswer(h.Entry.ProtocolReference, h.Entry.ItemNumber, h.Entry.MeetingDate, h.Entry.ItemTitle, h.Entry.Decision) { Justerat = h.Entry.Justerat })
            .ToList();
        return new Answer(trimmed, AnswerKind.Decisions, answers, words.Decisions(answers));
    }

    private static Answer NextMeeting(string question, QuestionContext context, AnswerText words)
    {
        var next = context.Meetings
            .Where(m => m.StartUtc > context.Now)
            .OrderBy(m => m.StartUtc)
            .FirstOrDefault();
        if (next is null)
        {
            return new Answer(question, AnswerKind.NotFound, [], words.NoNextMeeting());
        }

        var answer = new MeetingAnswer(next.Date, next.StartLocal, next.EndLocal);
        return new Answer(question, AnswerKind.NextMeeting, [answer], words.NextMeeting(answer));
    }

    private static Answer? Attendance(string question, QuestionContext context, AnswerText words)
    {
        var date = SwedishDate.Find(question);
        var protocol = context.Protocols
            .Where(p => date is null || (p.Date.Day == date.Value.Day && p.Date.Month == date.Value.Month && (date.Value.Year is null || p.Date.Year == date.Value.Year)))
            .OrderByDescending(p => p.Date)
            .FirstOrDefault();
        if (protocol is null)
        {
            return null;
        }

        var answer = new AttendanceAnswer(protocol.Reference, protocol.Date, protocol.Present, protocol.Absent);
        var text = words.Attendance(protocol, QuestionIntent.AsksForAbsent(question));
        return new Answer(question, AnswerKind.Attendance, [answer], text);
    }

    private static Answer NotFound(string question, QuestionContext context, AnswerText words) =>
        new(question, AnswerKind.NotFound, [], words.NotFound(context.Protocols.Count));
}
