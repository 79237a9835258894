using System.Globalization;
using System.Text.RegularExpressions;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Scheduling;
using MeetingBot.Justering;
using MeetingBot.Justering.Storage;
using MeetingBot.Scheduling.Storage;
using Microsoft.Extensions.Options;

namespace MeetingBot.Bot.Justering;

/// <summary>
/// Plans the reminder of a justering version: one durable job per version, due
/// <c>Justering:ReminderAfterDays</c> after the version was made. Its key names meeting and version, so
/// planning again (a repeated send) is a no-op, and a new version gets a reminder of its own; the
/// runner's delivery key per member makes it reach each signatory once.
/// </summary>
internal sealed partial class JusteringReminders(JobStore jobs, IOptions<JusteringOptions> options)
{
    public Task PlanAsync(Meeting meeting, JusteringVersion version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(version);
        var due = version.CreatedAt.AddDays(options.Value.ReminderAfterDays);
        return jobs.PlanAsync([new PlannedJob(JobKind.RemindJustering, KeyOf(meeting.Id, version.Number), due)], cancellationToken);
    }

    public static string KeyOf(int meetingId, int version) => string.Create(CultureInfo.InvariantCulture, $"justering/{meetingId}/v{version}");

    public static bool TryParse(string key, out int meetingId, out int version)
    {
        var match = Key().Match(key ?? string.Empty);
        meetingId = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        version = match.Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        return match.Success;
    }

    [GeneratedRegex(@"^justering/(\d{1,9})/v(\d{1,9})$")]
    private static partial Regex Key();
}
