using System.Text;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Calendar.Ics;
using MeetingBot.Core.Calendar;
using MeetingBot.Core.Cards;
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
            await turn.SayAsync(BotReplies.For(speaker.Language).NoEmailForCalendar, cancellationToken);
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
            await turn.SayAsync(BotReplies.For(speaker.Language).NoSeriesForCalendar, cancellationToken);
            return;
        }

        var english = speaker.Language == CardLanguage.English;
        var text = new StringBuilder(english
            ? "Here is your personal calendar file (.ics) with the municipal directors' group's meetings:\n"
            : "Här är din personliga kalenderfil (.ics) med kommundirektörsgruppens möten:\n");
        foreach (var year in years)
        {
            text.Append($"\n- {year}: {links.For(year, speaker.MemberId, email)}");
        }

        text.Append(english
            ? "\n\nOpen the link to add the meetings to your calendar, or subscribe to it in a calendar outside Outlook. The link is personal, so do not share it. If it stops working, write \"min kalender\" again."
            : "\n\nÖppna länken för att lägga in mötena i din kalender, eller prenumerera på den i en kalender utanför Outlook. Länken är personlig, så dela den inte. Slutar den fungera, skriv \"min kalender\" igen.");
        await replies.ReplyAsync(turn, ChatText.Reply(turn, text.ToString()), speaker.Language, cancellationToken);
    }
}
