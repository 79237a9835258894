using System.Data.Common;
using MeetingBot.Core.Calendar;
using MeetingBot.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MeetingBot.Calendar.Graph;

/// <summary>
/// Re-reads the current year's series RSVPs (one Graph request) at start, whenever a change
/// notification asks for it, and — when Graph cannot reach us because no public endpoint is
/// configured — every <see cref="GraphCalendarOptions.ReReadInterval"/>.
/// </summary>
internal sealed class RsvpRefreshService(
    ISeriesCalendar calendar, RsvpRefreshSignal signal, RsvpSnapshot snapshot,
    IOptions<GraphCalendarOptions> options, TimeProvider time, ILogger<RsvpRefreshService> logger,
    OutlookReplies? outlookReplies = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // With notifications the interval is only a safety net against lost ones.
        var interval = options.Value.UsesNotifications ? TimeSpan.FromDays(1) : options.Value.ReReadInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            await ReadAsync(stoppingToken);
            await signal.WaitAsync(interval, time, stoppingToken);
        }
    }

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        var seriesId = SeriesDefinition.IdForYear(StockholmNow().Year);
        try
        {
            var meetings = await calendar.ReadResponsesAsync(seriesId, cancellationToken);
            snapshot.Replace([.. RsvpMerge.FromCalendar(meetings)], time.GetUtcNow());
            if (outlookReplies is not null)
            {
                // Stored through the attendance rules, so the protocol draft and the cards see Outlook answers too.
                await outlookReplies.RecordAsync(seriesId, meetings, cancellationToken);
            }

            GraphLog.RsvpsRead(logger, seriesId, meetings.Count);
        }
        catch (CalendarException ex)
        {
            GraphLog.RsvpReadFailed(logger, seriesId, ex);
        }
        catch (Exception ex) when (ex is DbException or DbUpdateException)
        {
            // The database being away must not stop the re-reads: the next one stores what this one could not.
            GraphLog.RsvpReadFailed(logger, seriesId, ex);
        }
    }

    private DateTimeOffset StockholmNow() => Core.Series.StockholmTime.ToLocal(time.GetUtcNow());
}
