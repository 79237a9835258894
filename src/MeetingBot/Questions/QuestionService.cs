using MeetingBot.Assignments;
using MeetingBot.Core;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Protocols;
using MeetingBot.Core.Questions;
using MeetingBot.Core.Series;

namespace MeetingBot.Questions;

/// <summary>
/// Answers a question from what is stored: decisions and attendance from the protocols, coming
/// meetings from the meeting-dates decisions they contain, assignments from their register. The model, when configured, only
/// rewrites the wording (see <see cref="AnswerSynthesizer"/>).
/// </summary>
internal sealed class QuestionService(DecisionRegisterCache register, TimeProvider time, AnswerSynthesizer? synthesizer = null, AssignmentStore? assignments = null)
{
    public async Task<Answer> AskAsync(string question, CancellationToken cancellationToken) =>
        (await AskWithProtocolsAsync(question, CardLanguage.Swedish, cancellationToken)).Answer;

    /// <summary>The answer and the protocols it was drawn from, for cards that show a whole protocol.</summary>
    /// <param name="language">The asker's language for the answer's own words.</param>
    public async Task<(Answer Answer, IReadOnlyList<Protocol> Protocols)> AskWithProtocolsAsync(string question, CardLanguage language, CancellationToken cancellationToken)
    {
        var (protocols, decisions) = await register.GetAsync(cancellationToken);
        var now = time.GetUtcNow();
        var tracked = assignments is null ? null : await assignments.ListAsync(openOnly: false, cancellationToken);
        var context = new QuestionContext(decisions, protocols, PlannedMeetings(protocols, StockholmTime.ToLocal(now).Year), now, tracked);
        var answer = QuestionAnswerer.Answer(question, context, language);

        // The model is instructed in Swedish and its citations are checked in Swedish: an English
        // reader keeps the retrieval answer, whose frame is English and whose quotes are exact.
        return (synthesizer is null || language != CardLanguage.Swedish ? answer : await synthesizer.RewriteAsync(answer, cancellationToken), protocols);
    }

    /// <summary>
    /// This year's and next year's meetings as the latest protocol deciding them says. A later
    /// decision for the same year (a moved meeting) replaces an earlier one.
    /// </summary>
    private static IReadOnlyList<PlannedMeeting> PlannedMeetings(IReadOnlyList<Protocol> protocols, int year)
    {
        var plans = new Dictionary<int, IReadOnlyList<PlannedMeeting>>();
        foreach (var protocol in protocols.OrderBy(p => p.Date))
        {
            foreach (var y in new[] { year, year + 1 })
            {
                try
                {
                    var plan = MeetingPlan.FromProtocol(protocol, y);
                    if (plan.Count > 0)
                    {
                        plans[y] = plan;
                    }
                }
                catch (DomainException)
                {
                    // This protocol decided no meetings for that year; most protocols do not.
                }
            }
        }

        return [.. plans.Values.SelectMany(p => p).OrderBy(m => m.StartUtc)];
    }
}
