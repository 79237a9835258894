using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Commands;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Series;
using MeetingBot.Core.Text;
using MeetingBot.Meetings;

namespace MeetingBot.Bot.Commands;

/// <summary>
/// <c>plats 23 januari: Stadshuset, Helsingborg</c> sets one meeting's place; <c>plats alla möten 2026: …</c>
/// every meeting of the year's series. Secretariat only (checked by the router). Agenda cards already
/// posted follow, as they do after an answer.
/// </summary>
internal sealed class SetPlaceCommand(MeetingFinder finder, MeetingService meetings, MeetingPlaces places, AgendaCardUpdates updates, TimeProvider time)
{
    public async Task RunAsync(ChatCommand command, Speaker speaker, TurnContext turn, CancellationToken cancellationToken)
    {
        var place = command.Place!;
        var english = speaker.Language == CardLanguage.English;
        IReadOnlyList<Meeting> targets;
        string what;
        if (command.Meeting is { } reference)
        {
            var meeting = await finder.FindAsync(reference, cancellationToken);
            if (meeting is null || meeting.State == MeetingState.Cancelled)
            {
                await turn.SayAsync(BotReplies.For(speaker.Language).NoMeetingOn(reference.IsNext ? null : reference.ToString()), cancellationToken);
                return;
            }

            targets = [meeting];
            what = english ? $"the meeting on {CardTexts.English.Date(meeting.Date)}" : $"mötet {SwedishDate.Format(meeting.Date)}";
        }
        else
        {
            var year = command.Year ?? DateOnly.FromDateTime(StockholmTime.ToLocal(time.GetUtcNow()).DateTime).Year;
            targets = [.. (await meetings.EnsureSeriesAsync(year, cancellationToken)).Where(m => m.State != MeetingState.Cancelled)];
            what = english ? $"all {targets.Count} meetings of {year}" : $"alla {targets.Count} möten {year}";
        }

        var (notInCalendar, failed) = await places.SetAsync(targets, place, cancellationToken);
        foreach (var meeting in targets)
        {
            updates.Enqueue(new AgendaCardUpdate(meeting.Id, turn.Connector, null));
        }

        var calendarNote = english ? (notInCalendar, failed) switch
        {
            (0, 0) => "The agenda, the protocol draft and the invitations in the calendar show it now.",
            (_, 0) => $"The agenda and the protocol draft show it now. {notInCalendar} of the meetings are not in the calendar yet; their invitations get the place when the series is created.",
            _ => $"The agenda and the protocol draft show it now, but the calendar could not be updated for {failed} of the meetings just now; write the command again later.",
        } : (notInCalendar, failed) switch
        {
            (0, 0) => "Dagordningen, protokollutkastet och kallelserna i kalendern visar den nu.",
            (_, 0) => $"Dagordningen och protokollutkastet visar den nu. {notInCalendar} av mötena finns inte i kalendern ännu; deras kallelser får platsen när mötesserien skapas.",
            _ => $"Dagordningen och protokollutkastet visar den nu, men kalendern kunde inte uppdateras för {failed} av mötena just nu; skriv kommandot igen senare.",
        };
        await turn.SayAsync(english ? $"The place of {what} is now {place}. {calendarNote}" : $"Platsen för {what} är nu {place}. {calendarNote}", cancellationToken);
    }
}
