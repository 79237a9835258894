using System.Text;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Series;
using MeetingBot.Core.Text;
using MeetingBot.Meetings;

namespace MeetingBot.Bot.Commands;

/// <summary><c>mina möten</c>: the member's coming meetings and what they answered to each.</summary>
internal sealed class MyMeetingsCommand(MeetingService meetings, AttendanceService attendance, TimeProvider time)
{
    private const int Shown = 6;

    public async Task RunAsync(Speaker speaker, TurnContext turn, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(StockholmTime.ToLocal(now).DateTime);
        var replies = BotReplies.For(speaker.Language);
        var coming = (await meetings.ListAsync(today, today.AddYears(1), cancellationToken))
            .Where(m => m.State != MeetingState.Cancelled && m.StartsAt > now)
            .Take(Shown)
            .ToList();
        if (coming.Count == 0)
        {
            await turn.SayAsync(replies.NoComingMeetings, cancellationToken);
            return;
        }

        var text = new StringBuilder(replies.ComingMeetings);
        foreach (var meeting in coming)
        {
            var answer = (await attendance.GetAsync(meeting.Id, cancellationToken))?.Of(speaker.MemberId)?.Answer;
            // A meeting whose place is not set yet shows no place rather than an empty one (", :").
            var place = string.IsNullOrWhiteSpace(meeting.Location) ? "" : $", {meeting.Location}";
            text.Append($"\n- {CardTexts.For(speaker.Language).Date(meeting.Date)} {meeting.Start:HH\\:mm}{place}: {Describe(answer, replies)}");
        }

        text.Append("\n\n").Append(replies.AnswerOnTheCard);
        await turn.SayAsync(text.ToString(), cancellationToken);
    }

    internal static string Describe(MemberAnswer? answer, BotReplies replies) => answer switch
    {
        null => replies.NotAnswered,
        { Answer: AttendanceAnswer.Accepted } => replies.Coming,
        { SubstituteName: { } substitute } => string.Format(System.Globalization.CultureInfo.InvariantCulture, replies.DeclinedWithSubstitute, substitute),
        _ => replies.Declined,
    };
}
