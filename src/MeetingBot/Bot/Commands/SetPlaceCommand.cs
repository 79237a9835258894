using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Commands;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Series;
using MeetingBot.Core.Text;
using MeetingBot.Meetings;

namespace MeetingBot.Bot.Commands;

/// <summary>
/// <c>plats 23 januari: Stadshuset, Helsingborg</c> sets one meeting's place; <c>plats alla möten 2026: …</c>
/// every meeting of the year's series. Secretariat only (checked by the router).
/// </summary>
internal sealed class SetPlaceCommand(MeetingFinder finder, MeetingService meetings, MeetingPlaces places, TimeProvider time)
{
    public async Task RunAsync(ChatCommand command, TurnContext turn, CancellationToken cancellationToken)
    {
        var place = command.Place!;
        IReadOnlyList<Meeting> targets;
        string what;
        if (command.Meeting is { } reference)
        {
            var meeting = await finder.FindAsync(reference, cancellationToken);
            if (meeting is null || meeting.State == MeetingState.Cancelled)
            {
                await turn.ReplyAsync(BotReplies.NoMeetingOn(reference.IsNext ? "framöver" : reference.ToString()), cancellationToken);
                return;
            }

            targets = [meeting];
            what = $"mötet {SwedishDate.Format(meeting.Date)}";
        }
        else
        {
            var year = command.Year ?? DateOnly.FromDateTime(StockholmTime.ToLocal(time.GetUtcNow()).DateTime).Year;
            targets = [.. (await meetings.EnsureSeriesAsync(year, cancellationToken)).Where(m => m.State != MeetingState.Cancelled)];
            what = $"alla {targets.Count} möten {year}";
        }

        var (notInCalendar, failed) = await places.SetAsync(targets, place, cancellationToken);
        var calendarNote = (notInCalendar, failed) switch
        {
            (0, 0) => "Dagordningen, protokollutkastet och kallelserna i kalendern visar den nu.",
            (_, 0) => $"Dagordningen och protokollutkastet visar den nu. {notInCalendar} av mötena finns inte i kalendern ännu; skriv kommandot igen när mötesserien är skapad, så får kallelserna platsen.",
            _ => $"Dagordningen och protokollutkastet visar den nu, men kalendern kunde inte uppdateras för {failed} av mötena just nu; skriv kommandot igen senare.",
        };
        await turn.ReplyAsync($"Platsen för {what} är nu {place}. {calendarNote}", cancellationToken);
    }
}
