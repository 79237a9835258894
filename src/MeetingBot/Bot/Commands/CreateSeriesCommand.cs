using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Commands;
using MeetingBot.Meetings;

namespace MeetingBot.Bot.Commands;

/// <summary>
/// <c>skapa mötesserie 2026</c>: the year's meetings (as the stored protocol decided them) in the
/// calendar, then as meetings the bot knows. Both steps are idempotent, so repeating it is harmless.
/// </summary>
internal sealed class CreateSeriesCommand(MeetingService meetings)
{
    public async Task RunAsync(ChatCommand command, Speaker speaker, TurnContext turn, CancellationToken cancellationToken)
    {
        if (command.Year is not { } year)
        {
            await turn.SayAsync(BotReplies.For(speaker.Language).WhichYear, cancellationToken);
            return;
        }

        var (result, cancelled, created) = await meetings.CreateSeriesAsync(year, cancellationToken);
        var replies = BotReplies.For(speaker.Language);
        var date = CardTexts.For(speaker.Language).Date;
        var text = replies.SeriesCreated(year, created.Count, string.Join(", ", created.Select(m => date(m.Date))), result.Created.Count, result.Existing.Count);
        if (result.Failures.Count > 0)
        {
            // Graph's own error text is English and technical; the secretariat reads the dates and the status, the CLI shows the rest.
            text += replies.SeriesFailures(string.Join(", ", result.Failures.Select(f => replies.SeriesFailure(date(f.Date), f.Status))));
        }

        if (cancelled.Count > 0)
        {
            text += replies.SeriesCancelled(string.Join(", ", cancelled.Select(date)));
        }

        await turn.SayAsync(text, cancellationToken);
    }
}
