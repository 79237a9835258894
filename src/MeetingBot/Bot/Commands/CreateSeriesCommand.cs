using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Commands;
using MeetingBot.Core.Text;
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
        var text = $"Mötesserien {year} finns i kalendern: {created.Count} möten ({string.Join(", ", created.Select(m => SwedishDate.Format(m.Date)))}). " +
            $"{result.Created.Count} nya, {result.Existing.Count} fanns redan.";
        if (result.Failures.Count > 0)
        {
            // Graph's own error text is English and technical; the secretariat reads the dates and the status, the CLI shows the rest.
            text += $" Kunde inte skapas: {string.Join(", ", result.Failures.Select(f => $"{SwedishDate.Format(f.Date)} (kalendern svarade {f.Status})"))}. Försök igen om en stund.";
        }

        if (cancelled.Count > 0)
        {
            text += $" Inställda och inte återskapade: {string.Join(", ", cancelled.Select(SwedishDate.Format))}.";
        }

        await turn.SayAsync(text, cancellationToken);
    }
}
