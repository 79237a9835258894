using MeetingBot.Core.Assignments;

namespace MeetingBot.Core.Questions;

/// <summary>
/// Answers "Vilka uppdrag är öppna?" and "Vad har sekretariatet fått i uppdrag?" from the stored
/// assignments, each cited by protocol and §. An owner named in the question narrows the list; a
/// question that names "öppna" leaves out the done ones. Null when nothing matches, so the question
/// is searched in the decisions instead.
/// </summary>
internal static class AssignmentQuestions
{
    public static Answer? Answer(string question, QuestionContext context, AnswerText words)
    {
        if (context.Assignments is not { Count: > 0 } all)
        {
            return null;
        }

        var openOnly = QuestionIntent.AsksForOpenOnly(question);
        var owners = all.Select(t => t.Assignment.Owner).Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(owner => question.Contains(owner, StringComparison.OrdinalIgnoreCase))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var chosen = all
            .Where(t => !openOnly || !t.Done)
            .Where(t => owners.Count == 0 || owners.Contains(t.Assignment.Owner))
            .OrderBy(t => t.Assignment.Due is null).ThenBy(t => t.Assignment.Due)
            .ToList();
        if (chosen.Count == 0)
        {
            return null;
        }

        var dates = context.Protocols.ToDictionary(p => p.Reference, p => p.Date);
        var answers = chosen
            .Select(t => new AssignmentAnswer(
                t.Assignment.Protocol, t.Assignment.Item, dates.GetValueOrDefault(t.Assignment.Protocol),
                t.Assignment.Owner, t.Assignment.Task, t.Assignment.Due, t.Assignment.DueText, t.Status))
            .ToList();
        return new Answer(question, AnswerKind.Assignments, answers, words.Assignments(answers, openOnly));
    }
}
