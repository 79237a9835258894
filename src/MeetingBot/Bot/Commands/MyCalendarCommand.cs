using System.Text;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Calendar.Ics;
using MeetingBot.Core.Calendar;
using MeetingBot.Core.Series;

namespace MeetingBot.Bot.Commands;

/// <summary>
/// <c>min kalender</c>: the member's own link to this year's (and, once it exists, next year's) series as
/// an .ics file. The link opens a file with the member's name and email to whoever holds it, so it goes
/// only to their personal chat.
/// </summary>
internal sealed class MyCalendarCommand(ISeriesCalendar calendar, CalendarFeedLinks links, PrivateReplies replies, TimeProvider time)
{
    public async Task RunAsync(Speaker speaker, TurnContext turn, CancellationToken cancellationToken)
    {
        if (speaker.Email is not { Length: > 0 } email)
        {
            await turn.ReplyAsync(BotReplies.NoEmailForCalendar, cancellationToken);
            return;
        }

        var thisYear = StockholmTime.ToLocal(time.GetUtcNow()).Year;
        List<int> years = [];
        foreach (var year in new[] { thisYear, thisYear + 1 })
        {
            if ((await calendar.ListAsync(SeriesDefinition.IdForYear(year), cancellationToken)).Count > 0)
            {
                years.Add(year);
            }
        }

        if (years.Count == 0)
        {
            await turn.ReplyAsync(BotReplies.NoSeriesForCalendar, cancellationToken);
            return;
        }

        var text = new StringBuilder("Här är din personliga kalenderfil (.ics) med kommundirektörsgruppens möten:\n");
        foreach (var year in years)
        {
            text.Append($"\n- {year}: {links.For(year, speaker.MemberId, email)}");
        }

        text.Append("\n\nÖppna länken för att lägga in mötena i din kalender, eller prenumerera på den i en kalender utanför Outlook. ")
            .Append("Länken är personlig, så dela den inte. Slutar den fungera, skriv \"min kalender\" igen.");
        await replies.ReplyAsync(turn, turn.Activity.CreateReply(text.ToString()), cancellationToken);
    }
}
