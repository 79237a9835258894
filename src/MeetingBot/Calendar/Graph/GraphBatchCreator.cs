using System.Net;
using MeetingBot.Core.Calendar;
using MeetingBot.Core.Series;
using MeetingBot.Telemetry;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions.Serialization;

namespace MeetingBot.Calendar.Graph;

/// <summary>
/// Creates events in one <c>$batch</c> (up to 20 per request). The SDK never retries items inside a
/// batch, so throttled items (429/503/504) are sent again, alone in a new batch built from fresh
/// objects, after the largest Retry-After; any other item failure is reported for its date.
/// </summary>
internal sealed class GraphBatchCreator(GraphServiceClient graph, TimeProvider time)
{
    private const int MaxRounds = 5;
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(5);

    public async Task<(IReadOnlyList<CalendarEvent> Created, IReadOnlyList<CreationFailure> Failures)> CreateAsync(
        string mailbox, SeriesDefinition series, IReadOnlyList<PlannedMeeting> meetings, CancellationToken cancellationToken)
    {
        List<CalendarEvent> created = [];
        List<CreationFailure> failures = [];
        var pending = meetings.ToDictionary(StepId);
        for (var round = 1; pending.Count > 0; round++)
        {
            var (retry, wait) = await SendAsync(mailbox, series, pending, created, failures, cancellationToken);
            if (retry.Count > 0 && round == MaxRounds)
            {
                failures.AddRange(retry.Select(m => new CreationFailure(m.Date, 429, $"still throttled after {MaxRounds} attempts")));
                break;
            }

            pending = retry.ToDictionary(StepId);
            if (pending.Count > 0)
            {
                await Task.Delay(wait, time, cancellationToken);
            }
        }

        return ([.. created.OrderBy(e => e.Date)], [.. failures.OrderBy(f => f.Date)]);
    }

    private async Task<(List<PlannedMeeting> Retry, TimeSpan Wait)> SendAsync(
        string mailbox, SeriesDefinition series, Dictionary<string, PlannedMeeting> pending,
        List<CalendarEvent> created, List<CreationFailure> failures, CancellationToken cancellationToken)
    {
        var batch = new BatchRequestContentCollection(graph);
        foreach (var (id, meeting) in pending)
        {
            var request = graph.Users[mailbox].Events.ToPostRequestInformation(
                GraphEventFactory.Create(series, meeting), rc => GraphHeaders.AddPrefer(rc.Headers));
            await batch.AddBatchRequestStepAsync(request, id);
        }

        BatchResponseContentCollection responses;
        try
        {
            responses = await graph.Batch.PostAsync(batch, cancellationToken);
        }
        catch (ODataError ex) when (IsTransient(ex.ResponseStatusCode))
        {
            // The docs also describe the whole envelope failing (424) when items are throttled.
            return ([.. pending.Values], Wait(ex.ResponseHeaders.TryGetValue("Retry-After", out var v) ? v.FirstOrDefault() : null));
        }
        catch (ServiceException ex) when (IsTransient(ex.ResponseStatusCode))
        {
            return ([.. pending.Values], Wait(ex.ResponseHeaders?.RetryAfter?.ToString()));
        }

        List<PlannedMeeting> retry = [];
        var wait = TimeSpan.Zero;
        foreach (var (id, status) in await responses.GetResponsesStatusCodesAsync())
        {
            var meeting = pending[id];
            var code = (int)status;
            MeetingBotMetrics.GraphBatchItem(code);
            if (code is >= 200 and < 300)
            {
                var ev = await responses.GetResponseByIdAsync<Event>(id);
                created.Add(GraphEventMapping.ToCalendarEvent(ev));
                continue;
            }

            using var raw = await responses.GetResponseByIdAsync(id);
            if (IsTransient(code))
            {
                retry.Add(meeting);
                var itemWait = Wait(raw.Headers.TryGetValues("Retry-After", out var values) ? values.FirstOrDefault() : null);
                wait = itemWait > wait ? itemWait : wait;
            }
            else
            {
                failures.Add(new CreationFailure(meeting.Date, code, await ErrorMessageAsync(raw, cancellationToken)));
            }
        }

        return (retry, wait);
    }

    private TimeSpan Wait(string? retryAfter) => RetryAfter.Parse(retryAfter, time.GetUtcNow()) ?? DefaultWait;

    private static bool IsTransient(int code) => code is 424 or 429 or 503 or 504;

    private static string StepId(PlannedMeeting meeting) => $"ev{meeting.Date:yyyyMMdd}";

    private static async Task<string> ErrorMessageAsync(HttpResponseMessage raw, CancellationToken cancellationToken)
    {
        var body = await raw.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            var error = await KiotaJsonSerializer.DeserializeAsync(body, ODataError.CreateFromDiscriminatorValue, cancellationToken);
            var message = error?.Error?.Message;
            var code = error?.Error?.Code;
            return string.IsNullOrEmpty(code) ? message ?? raw.ReasonPhrase ?? "failed" : $"{code}: {message}";
        }
        catch (System.Text.Json.JsonException)
        {
            return raw.ReasonPhrase ?? "failed";
        }
    }
}
