using System.Globalization;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Scheduling;

/// <summary>One job of a meeting as the secretariat sees it: local time and a state word.</summary>
/// <param name="State">pending, running, done, failed, dropped or cancelled.</param>
public sealed record ScheduleLine(JobKind Kind, DateTimeOffset DueLocal, string State, string? Note);

/// <summary>The Swedish chat replies of the schedule commands.</summary>
public static class ScheduleText
{
    public static string KindName(JobKind kind) => kind switch
    {
        JobKind.PostAgenda => "Dagordningen skickas",
        JobKind.RemindEmptyAgenda => "Påminnelse om tom dagordning",
        JobKind.RemindUnanswered => "Påminnelse till dem som inte svarat",
        JobKind.OfferDraft => "Protokollutkastet erbjuds",
        JobKind.RenewSubscription => "Kalenderprenumerationen förnyas",
        JobKind.RereadRsvps => "Svar läses om från Outlook",
        _ => kind.ToString(),
    };

    public static string StateName(string state) => state switch
    {
        "pending" => "planerad",
        "running" => "pågår",
        "done" => "klar",
        "failed" => "misslyckades",
        "dropped" => "hoppades över",
        "cancelled" => "struken",
        _ => state,
    };

    /// <summary>"Schema för mötet 23 januari 2026:" and one line per job in time order.</summary>
    public static string Schedule(DateOnly meetingDate, IReadOnlyList<ScheduleLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
        {
            return $"Mötet {SwedishDate.Format(meetingDate)} har inget schema.";
        }

        var text = lines.OrderBy(l => l.DueLocal).Select(l =>
            $"- {KindName(l.Kind)}: {When(l.DueLocal)} ({StateName(l.State)}{(l.Note is null ? string.Empty : ": " + l.Note)})");
        return $"Schema för mötet {SwedishDate.Format(meetingDate)}:\n" + string.Join("\n", text);
    }

    public static string Moved(JobKind kind, DateOnly meetingDate, DateTimeOffset dueLocal) =>
        $"{KindName(kind)} för mötet {SwedishDate.Format(meetingDate)}: flyttad till {When(dueLocal)}.";

    /// <summary>"21 januari 2026 kl. 09:00", the way the secretariat writes times.</summary>
    public static string When(DateTimeOffset local) =>
        $"{SwedishDate.Format(DateOnly.FromDateTime(local.DateTime))} kl. {local.ToString("HH:mm", CultureInfo.InvariantCulture)}";
}
