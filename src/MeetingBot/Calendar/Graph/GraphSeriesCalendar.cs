using Azure.Identity;
using MeetingBot.Core.Calendar;
using MeetingBot.Core.Series;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;

namespace MeetingBot.Calendar.Graph;

/// <summary>
/// The series in the organiser's Outlook calendar. Every read of the series is ONE request: the
/// events filtered on the series tag, selecting what both the read-back and the RSVPs need.
/// </summary>
internal sealed class GraphSeriesCalendar(GraphServiceClient graph, string mailbox, TimeProvider time) : ISeriesCalendar
{
    private static readonly string[] Fields =
        ["subject", "start", "end", "isCancelled", "isOnlineMeeting", "onlineMeeting", "transactionId", "attendees"];

    public async Task<SeriesCreation> CreateMissingAsync(SeriesDefinition series, IReadOnlyList<PlannedMeeting> meetings, CancellationToken cancellationToken)
    {
        var existing = await ListAsync(series.SeriesId, cancellationToken);
        var planned = existing.Select(e => e.PlannedDate).ToHashSet();
        var missing = meetings.Where(m => !planned.Contains(m.Date)).ToList();
        if (missing.Count == 0)
        {
            return new SeriesCreation(existing, [], []);
        }

        // A failure of the whole batch (connection lost, envelope refused) leaves some events made and
        // some not; the read-back on the next run sorts that out, so the message says to rerun.
        var (created, failures) = await Call(
            () => new GraphBatchCreator(graph, time).CreateAsync(mailbox, series, missing, cancellationToken),
            "; meetings already created are kept, so rerun the command");
        return new SeriesCreation(existing, created, failures);
    }

    public async Task<IReadOnlyList<CalendarEvent>> ListAsync(string seriesId, CancellationToken cancellationToken) =>
        [.. (await ReadSeriesAsync(seriesId, cancellationToken)).Select(GraphEventMapping.ToCalendarEvent).OrderBy(e => e.Date)];

    public async Task<IReadOnlyList<MeetingResponses>> ReadResponsesAsync(string seriesId, CancellationToken cancellationToken) =>
        [.. (await ReadSeriesAsync(seriesId, cancellationToken)).Select(GraphEventMapping.ToResponses).OrderBy(r => r.Date)];

    public async Task<CalendarEvent> MoveAsync(string seriesId, DateOnly date, PlannedMeeting to, CancellationToken cancellationToken)
    {
        var target = await FindAsync(seriesId, date, cancellationToken);
        var moved = await Call(() => graph.Users[mailbox].Events[target.ExternalId]
            .PatchAsync(GraphEventFactory.Move(to), rc => GraphHeaders.AddPrefer(rc.Headers), cancellationToken));
        return GraphEventMapping.ToCalendarEvent(moved!);
    }

    public async Task SetLocationAsync(string seriesId, DateOnly date, string location, CancellationToken cancellationToken)
    {
        var target = await FindAsync(seriesId, date, cancellationToken);
        await Call(() => graph.Users[mailbox].Events[target.ExternalId]
            .PatchAsync(GraphEventFactory.Relocate(location), rc => GraphHeaders.AddPrefer(rc.Headers), cancellationToken));
    }

    public async Task CancelAsync(string seriesId, DateOnly date, string comment, CancellationToken cancellationToken)
    {
        var target = await FindAsync(seriesId, date, cancellationToken);
        await Call(async () =>
        {
            await graph.Users[mailbox].Events[target.ExternalId].Cancel
                .PostAsync(new CancelPostRequestBody { Comment = comment }, rc => GraphHeaders.AddPrefer(rc.Headers), cancellationToken);
            return true;
        });
    }

    private async Task<CalendarEvent> FindAsync(string seriesId, DateOnly date, CancellationToken cancellationToken) =>
        (await ListAsync(seriesId, cancellationToken)).FirstOrDefault(e => e.Date == date && !e.IsCancelled)
        ?? throw new CalendarException($"no meeting of {seriesId} on {date:yyyy-MM-dd} in {mailbox}'s calendar");

    private async Task<List<Event>> ReadSeriesAsync(string seriesId, CancellationToken cancellationToken)
    {
        var page = await Call(() => graph.Users[mailbox].Events.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = SeriesTag.Filter(seriesId);
            rc.QueryParameters.Select = Fields;
            rc.QueryParameters.Top = 50;
            GraphHeaders.AddPrefer(rc.Headers);
        }, cancellationToken));
        List<Event> events = [.. page?.Value ?? []];
        while (page?.OdataNextLink is { } next)
        {
            page = await Call(() => graph.Users[mailbox].Events.WithUrl(next).GetAsync(rc => GraphHeaders.AddPrefer(rc.Headers), cancellationToken));
            events.AddRange(page?.Value ?? []);
        }

        return events;
    }

    /// <summary>Graph's refusals (403 without the mailbox grant, 404 unknown mailbox) as one clear line.</summary>
    private async Task<T> Call<T>(Func<Task<T>> call, string advice = "")
    {
        try
        {
            return await call();
        }
        catch (ODataError ex)
        {
            throw new CalendarException(
                $"Microsoft Graph refused the request for {mailbox} ({ex.ResponseStatusCode} {ex.Error?.Code}): {ex.Error?.Message ?? ex.Message}{advice}", ex);
        }
        catch (ServiceException ex)
        {
            throw new CalendarException($"Microsoft Graph failed for {mailbox} ({ex.ResponseStatusCode}): {ex.Message}{advice}", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new CalendarException($"Microsoft Graph is not reachable: {ex.Message}{advice}", ex);
        }
        catch (AuthenticationFailedException ex)
        {
            // Raised by the credential before any request is sent: a wrong or expired secret, or no managed identity here.
            throw new CalendarException($"no token for Microsoft Graph (check Calendar:Graph's credential): {ex.Message}{advice}", ex);
        }
    }
}
