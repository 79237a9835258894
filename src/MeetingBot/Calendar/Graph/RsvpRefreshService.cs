using MeetingBot.Core.Calendar;
using MeetingBot.Meetings;
using Microsoft.Extensions.Options;

namespace MeetingBot.Calendar.Graph;

/// <summary>
/// Re-reads the current year's series RSVPs (one Graph request) at start, whenever a change
/// notification asks for it, and — when Graph cannot reach us because no public endpoint is
/// configured — every <see cref="GraphCalendarOptions.ReReadInterval"/>. Each read is stored as
/// Outlook answers of the one attendance model (<see cref="OutlookReplies"/>).
/// </summary>
internal sealed class RsvpRefreshService(
    ISeriesCalendar calendar, RsvpRefreshSignal signal, OutlookReplies outlookReplies,
    IOptions<GraphCalendarOptions> options, TimeProvider time, ILogger<RsvpRefreshService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // With notifications the interval is only a safety net against lost ones.
        var interval = options.Value.UsesNotifications ? TimeSpan.FromDays(1) : options.Value.ReReadInterval;
        var retry = interval < RetryAfterFailure ? interval : RetryAfterFailure;
        while (!stoppingToken.IsCancellationRequested)
        {
            var read = await ReadAsync(stoppingToken);
            await signal.WaitAsync(read ? interval : retry, time, stoppingToken);
        }
    }

    /// <summary>How soon a failed read is tried again: Outlook answers should not wait a day for an outage that lasted minutes.</summary>
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(5);

    /// <returns>Whether the read succeeded.</returns>
    private async Task<bool> ReadAsync(CancellationToken cancellationToken)
    {
        var seriesId = SeriesDefinition.IdForYear(StockholmNow().Year);
        try
        {
            var meetings = await calendar.ReadResponsesAsync(seriesId, cancellationToken);
            // Stored through the attendance rules, so the protocol draft and the cards see Outlook answers too.
            await outlookReplies.RecordAsync(seriesId, meetings, cancellationToken);

            GraphLog.RsvpsRead(logger, seriesId, meetings.Count);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Nothing here may end the loop: an exception out of a BackgroundService stops the whole host, the bot
            // included. Graph (credential, outage, timeout) or the database being away is logged, shown on /readyz
            // and tried again; the next read stores what this one could not.
            GraphLog.RsvpReadFailed(logger, seriesId, ex);
            return false;
        }
    }

    private DateTimeOffset StockholmNow() => Core.Series.StockholmTime.ToLocal(time.GetUtcNow());
}
