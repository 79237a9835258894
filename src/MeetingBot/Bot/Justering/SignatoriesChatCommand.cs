using MeetingBot.Bot.Commands;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Commands;
using MeetingBot.Core.Series;
using MeetingBot.Core.Text;
using MeetingBot.Justering;

namespace MeetingBot.Bot.Justering;

/// <summary>
/// <c>justerare 23 januari: Kristina Magnusson, Christian Dahlmann</c> names one protocol's signatories;
/// <c>justerare alla möten 2026: …</c> the default of the year's series. Names are matched to the roster;
/// an unknown name is refused with the name. Secretariat only (checked by the router).
/// </summary>
internal sealed class SignatoriesChatCommand(MeetingFinder finder, JusteringService justering, TimeProvider time)
{
    public async Task RunAsync(ChatCommand command, Speaker speaker, TurnContext turn, CancellationToken cancellationToken)
    {
        var names = command.Names ?? [];
        var english = speaker.Language == CardLanguage.English;
        if (command.Meeting is { } reference)
        {
            var meeting = await finder.FindAsync(reference, cancellationToken);
            if (meeting is null)
            {
                await turn.SayAsync(BotReplies.For(speaker.Language).NoMeetingOn(reference.IsNext ? null : reference.ToString()), cancellationToken);
                return;
            }

            var signatories = await justering.SetSignatoriesAsync(meeting, names, cancellationToken);
            var what = english ? $"the meeting on {CardTexts.English.Date(meeting.Date)}" : $"mötet {SwedishDate.Format(meeting.Date)}";
            await turn.SayAsync(JusteringReplies.SignatoriesSet(what, signatories, speaker.Language), cancellationToken);
            return;
        }

        var year = command.Year ?? DateOnly.FromDateTime(StockholmTime.ToLocal(time.GetUtcNow()).DateTime).Year;
        var series = await justering.SetSeriesSignatoriesAsync(year, names, cancellationToken);
        await turn.SayAsync(JusteringReplies.SignatoriesSet(english ? $"every meeting of {year}" : $"alla möten {year}", series, speaker.Language), cancellationToken);
    }
}
