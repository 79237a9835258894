using System.Globalization;
using System.Text.RegularExpressions;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Scheduling;

/// <summary>A secretariat's chat command about the schedule of one meeting.</summary>
public abstract record ScheduleCommand(SwedishDate MeetingDate);

/// <summary><c>schema 23 januari</c>: list the meeting's jobs.</summary>
public sealed record ShowSchedule(SwedishDate MeetingDate) : ScheduleCommand(MeetingDate);

/// <summary><c>flytta påminnelse 23 januari till 20 januari 10:00</c>: move one job; without a time the job keeps its local time of day.</summary>
public sealed record MoveJob(JobKind Kind, SwedishDate MeetingDate, SwedishDate NewDate, TimeOnly? NewTime) : ScheduleCommand(MeetingDate);

/// <summary>
/// Reads the two schedule commands, tolerant of the ways people write them: "schema för mötet den
/// 23 jan", "flytta påminnelsen för 23/1 till den 20/1 kl 10", "flytta dagordningen 23 januari till
/// 15 januari 9.30". What can be moved is named by its everyday word: påminnelse (members who have
/// not answered), dagordning/kallelse/agenda (the agenda card), utkast (the protocol draft) and
/// "påminnelse om tom dagordning".
/// </summary>
public static partial class ScheduleCommandParser
{
    /// <summary>
    /// Null when the text is not a schedule command (so the router tries the next one);
    /// a <see cref="DomainException"/> with a Swedish message when it is one but cannot be read.
    /// </summary>
    public static ScheduleCommand? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var show = ShowPattern().Match(trimmed);
        if (show.Success)
        {
            return new ShowSchedule(DateIn(show.Groups["meeting"].Value, "mötets datum"));
        }

        var move = MovePattern().Match(trimmed);
        if (!move.Success)
        {
            return StartsWithMove().IsMatch(trimmed)
                ? throw Refusal(
                    "Skriv till exempel: flytta påminnelse 23 januari till 20 januari 10:00",
                    "Write for example: flytta påminnelse 23 januari till 20 januari 10:00")
                : null;
        }

        var kind = KindOf(move.Groups["what"].Value)
            ?? throw Refusal(
                $"Jag vet inte vad \"{move.Groups["what"].Value.Trim()}\" är. Det går att flytta påminnelse, dagordning, utkast och påminnelse om tom dagordning.",
                $"I do not know what \"{move.Groups["what"].Value.Trim()}\" is. You can move påminnelse, dagordning, utkast and påminnelse om tom dagordning.");
        var to = move.Groups["to"].Value;
        return new MoveJob(kind, DateIn(move.Groups["meeting"].Value, "mötets datum"), DateIn(to, "det nya datumet"), TimeIn(to));
    }

    private static SwedishDate DateIn(string text, string what) =>
        SwedishDate.Find(text) ?? throw Refusal(
            $"Jag hittar inget datum för {what} i \"{text.Trim()}\". Skriv till exempel 23 januari.",
            $"I find no date in \"{text.Trim()}\". Write for example 23 januari.");

    private static TimeOnly? TimeIn(string text)
    {
        var match = TimePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        return hour is >= 0 and <= 23 && minute is >= 0 and <= 59
            ? new TimeOnly(hour, minute)
            : throw Refusal(
                $"\"{match.Value.Trim()}\" är inget klockslag. Skriv till exempel 10:00.",
                $"\"{match.Value.Trim()}\" is not a time of day. Write for example 10:00.");
    }

    /// <summary>The chat's own words are the message: schedule commands are only ever typed in chat.</summary>
    private static DomainException Refusal(string swedish, string english) => new(swedish, new UserMessage(swedish, english));

    private static JobKind? KindOf(string words)
    {
        var w = words.ToLowerInvariant();
        if (w.Contains("tom", StringComparison.Ordinal) && w.Contains("dagordning", StringComparison.Ordinal))
        {
            return JobKind.RemindEmptyAgenda;
        }

        if (w.Contains("påminnelse", StringComparison.Ordinal))
        {
            return JobKind.RemindUnanswered;
        }

        if (w.Contains("dagordning", StringComparison.Ordinal) || w.Contains("kallelse", StringComparison.Ordinal) || w.Contains("agenda", StringComparison.Ordinal))
        {
            return JobKind.PostAgenda;
        }

        return w.Contains("utkast", StringComparison.Ordinal) ? JobKind.OfferDraft : null;
    }

    [GeneratedRegex(@"^schema(?:t)?\s+(?:för\s+|inför\s+)?(?:mötet\s+)?(?:den\s+)?(?<meeting>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShowPattern();

    // The meeting date is the first thing after the job's name that starts with a digit.
    [GeneratedRegex(@"^flytta\s+(?<what>[^\d]+?)\s+(?:(?:för|inför)\s+)?(?:mötet\s+)?(?:den\s+)?(?<meeting>\d.*?)\s+till\s+(?<to>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MovePattern();

    [GeneratedRegex(@"^flytta\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartsWithMove();

    [GeneratedRegex(@"(?:\bkl\.?\s*(?<h>\d{1,2})(?:[:.](?<m>\d{2}))?\b)|(?:\b(?<h>\d{1,2})[:.](?<m>\d{2})\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();
}
