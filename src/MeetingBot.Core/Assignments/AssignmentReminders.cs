using System.Globalization;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Scheduling;
using MeetingBot.Core.Series;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Assignments;

/// <summary>
/// The reminder to the secretariat 14 days before an assignment falls due, at 09:00 Stockholm time.
/// The job's key names the assignment and its due date (<c>assignment:12:2025-10-31</c>): planning
/// again adds nothing, and a changed due date plans a new reminder while the old one, when it falls
/// due, finds the date no longer matches and sends nothing.
/// </summary>
public static class AssignmentReminders
{
    public const int DaysBefore = 14;
    private const string Prefix = "assignment:";
    private static readonly TimeOnly SendAt = new(9, 0);

    /// <summary>The reminder job, or null for an assignment that is done or has no due date.</summary>
    public static PlannedJob? Plan(TrackedAssignment tracked)
    {
        ArgumentNullException.ThrowIfNull(tracked);
        if (tracked.Done || tracked.Assignment.Due is not { } due)
        {
            return null;
        }

        var at = StockholmTime.ToInstant(due.AddDays(-DaysBefore), SendAt).ToUniversalTime();
        return new PlannedJob(JobKind.RemindAssignment, Key(tracked.Id, due), at);
    }

    public static string Key(int id, DateOnly due) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{id}:{due:yyyy-MM-dd}");

    public static bool TryParseKey(string key, out int id, out DateOnly due)
    {
        ArgumentNullException.ThrowIfNull(key);
        id = 0;
        due = default;
        var parts = key.Split(':');
        return key.StartsWith(Prefix, StringComparison.Ordinal) && parts.Length == 3
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out id)
            && DateOnly.TryParseExact(parts[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out due);
    }

    /// <summary>Whether the reminder planned under <paramref name="key"/> still speaks for the assignment as it stands.</summary>
    public static bool StillDue(TrackedAssignment? tracked, DateOnly keyedDue) =>
        tracked is { Done: false } && tracked.Assignment.Due == keyedDue;

    public static string Text(TrackedAssignment tracked, CardLanguage language)
    {
        ArgumentNullException.ThrowIfNull(tracked);
        var due = tracked.Assignment.Due!.Value;
        return language == CardLanguage.English
            ? $"Reminder: an assignment falls due on {due.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}.\n\n{AssignmentLines.Line(tracked, language)}\n\nWrite \"uppdrag klart {tracked.Id}\" when it is done."
            : $"Påminnelse: ett uppdrag ska vara klart {SwedishDate.Format(due)}.\n\n{AssignmentLines.Line(tracked, language)}\n\nSkriv \"uppdrag klart {tracked.Id}\" när det är gjort.";
    }
}
