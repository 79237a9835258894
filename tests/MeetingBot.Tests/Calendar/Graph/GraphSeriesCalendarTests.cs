using MeetingBot.Core.Meetings;
using System.Text.Json.Nodes;
using MeetingBot.Calendar.Graph;
using MeetingBot.Core.Calendar;
using MeetingBot.Tests.Calendar.Graph.Fake;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.Calendar.Graph;

/// <summary>
/// The Graph adapter with the real GraphServiceClient (default middleware) against the local fake.
/// Request counts are HTTP requests the fake received: one GET (read back by tag) plus the $batch(es).
/// </summary>
public sealed class GraphSeriesCalendarTests : IAsyncLifetime
{
    private FakeGraphServer graph = null!;

    public async Task InitializeAsync() => graph = await FakeGraphServer.StartAsync();

    public async Task DisposeAsync() => await graph.DisposeAsync();

    [Fact]
    public async Task CreateMissing_EmptyCalendar_TenEventsInOneBatchRequest()
    {
        var result = await Calendar().CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None);

        Assert.Equal(10, result.Created.Count);
        Assert.Empty(result.Failures);
        Assert.Empty(graph.Violations);
        Assert.Equal(["GET", "POST"], graph.Requests.Select(r => r.Method));
        Assert.Equal("/v1.0/$batch", graph.Requests[1].PathAndQuery);
        Assert.Equal(10, graph.Mailbox.Events.Count);
        Assert.All(result.Created, e => Assert.StartsWith("https://teams.microsoft.com/l/meetup-join/", e.JoinUrl!.AbsoluteUri, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateMissing_EachItem_CarriesTagTransactionIdAttendeesAndAgendaLink()
    {
        await Calendar().CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None);

        var batch = JsonNode.Parse(graph.Requests[1].Body)!["requests"]!.AsArray();
        var april = batch.Single(i => i!["id"]!.GetValue<string>() == "ev20260417")!;
        Assert.Equal("/users/sekretariat@helsingborg.se/events", april["url"]!.GetValue<string>());
        Assert.Contains("outlook.timezone=\"W. Europe Standard Time\"", april["headers"]!["Prefer"]!.GetValue<string>(), StringComparison.Ordinal);
        var body = april["body"]!;
        Assert.Equal("kommundirektorsmote-2026-20260417-1", body["transactionId"]!.GetValue<string>());
        Assert.Equal("kommundirektorsmote-2026", body["singleValueExtendedProperties"]![0]!["value"]!.GetValue<string>());
        Assert.Equal(["anna.andersson@helsingborg.se", "bo.berg@hoganas.se"], body["attendees"]!.AsArray().Select(a => a!["emailAddress"]!["address"]!.GetValue<string>()));
        Assert.Contains("href=\"https://meetingbot.example.se/agenda/2026-04-17\"", body["body"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Kommundirektörsmöte i Familjen Helsingborg 17 april 2026", body["body"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateMissing_Rerun_CreatesNothingWithOneRequest()
    {
        await Calendar().CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None);
        graph.ClearRequests();

        var rerun = await Calendar().CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None);

        Assert.Empty(rerun.Created);
        Assert.Equal(10, rerun.Existing.Count);
        Assert.Equal("GET", Assert.Single(graph.Requests).Method);
        Assert.Equal(10, graph.Mailbox.Events.Count);
    }

    [Fact]
    public async Task CreateMissing_ConnectionDroppedAfterFourCreates_RerunEndsWithTen()
    {
        graph.Mailbox.DropBatchAfterCreates = 4;
        var crash = await Assert.ThrowsAsync<CalendarException>(() =>
            Calendar().CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None));
        Assert.EndsWith("rerun the command", crash.Message, StringComparison.Ordinal);
        Assert.Equal(4, graph.Mailbox.Events.Count);
        graph.Mailbox.DropBatchAfterCreates = null;

        var rerun = await Calendar().CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None);

        Assert.Equal(4, rerun.Existing.Count);
        Assert.Equal(6, rerun.Created.Count);
        Assert.Equal(10, graph.Mailbox.Events.Count);
        Assert.Equal(Series2026.Dates, rerun.All.Select(e => e.Date));
    }

    [Fact]
    public async Task CreateMissing_ItemThrottled_ResentAloneFromFreshObjectAfterRetryAfter()
    {
        var time = new WaitObservingTimeProvider();
        graph.Mailbox.Faults[new DateOnly(2026, 3, 27)] = ItemFault.Throttled("7");
        var run = Calendar(time).CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None);
        await time.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(9, graph.Mailbox.CreatedCount);

        time.Advance(TimeSpan.FromSeconds(6));
        await Task.Delay(200);
        Assert.False(run.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        var result = await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(10, result.Created.Count);
        Assert.Empty(graph.Violations);
        var retry = JsonNode.Parse(graph.Requests[2].Body)!["requests"]!.AsArray();
        Assert.Equal("ev20260327", Assert.Single(retry)!["id"]!.GetValue<string>());
        Assert.Equal(3, graph.Requests.Count);
    }

    [Fact]
    public async Task CreateMissing_ItemForbidden_ReportedForItsDateOthersCreated()
    {
        graph.Mailbox.Faults[new DateOnly(2026, 5, 22)] = ItemFault.Forbidden();

        var result = await Calendar().CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None);

        var failure = Assert.Single(result.Failures);
        Assert.Equal(new CreationFailure(new DateOnly(2026, 5, 22), 403, "Authorization_RequestDenied: Insufficient privileges to complete the operation."), failure);
        Assert.Equal(9, result.Created.Count);
        Assert.Equal(2, graph.Requests.Count);
    }

    [Fact]
    public async Task ListAsync_MailboxAccessDenied_ThrowsCalendarExceptionNaming403()
    {
        graph.Mailbox.DenyReads = true;

        var ex = await Assert.ThrowsAsync<CalendarException>(() => Calendar().ListAsync("kommundirektorsmote-2026", CancellationToken.None));

        Assert.Contains("403", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Access to OData is disabled.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateMissing_MailboxWithoutTeams_ReportsMeetingsWithoutTeams()
    {
        graph.Mailbox.TeamsAvailable = false;

        var result = await Calendar().CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None);

        Assert.Equal(10, result.WithoutTeams.Count());
        Assert.All(result.Created, e => Assert.Null(e.JoinUrl));
    }

    [Theory]
    [InlineData("2026-01-23", "07:30", "12:00")]
    [InlineData("2026-02-27", "07:30", "12:00")]
    [InlineData("2026-03-27", "07:30", "12:00")]
    [InlineData("2026-04-17", "06:30", "11:00")]
    [InlineData("2026-05-22", "06:30", "11:00")]
    [InlineData("2026-08-21", "06:30", "11:00")]
    [InlineData("2026-09-25", "06:30", "11:00")]
    [InlineData("2026-10-23", "06:30", "11:00")]
    [InlineData("2026-11-20", "07:30", "12:00")]
    [InlineData("2026-12-11", "07:30", "12:00")]
    public async Task CreateMissing_EachDate_LocalTimeSentAndDstCorrectInstantReadBack(string date, string startUtc, string endUtc)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        var result = await Calendar().CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None);

        var sent = JsonNode.Parse(graph.Requests[1].Body)!["requests"]!.AsArray().Single(i => i!["id"]!.GetValue<string>() == $"ev{day:yyyyMMdd}")!["body"]!;
        Assert.Equal($"{date}T08:30:00", sent["start"]!["dateTime"]!.GetValue<string>());
        Assert.Equal($"{date}T13:00:00", sent["end"]!["dateTime"]!.GetValue<string>());
        var created = result.Created.Single(e => e.Date == day);
        Assert.Equal(DateTimeOffset.Parse($"{date}T{startUtc}:00Z", System.Globalization.CultureInfo.InvariantCulture), created.Start);
        Assert.Equal(DateTimeOffset.Parse($"{date}T{endUtc}:00Z", System.Globalization.CultureInfo.InvariantCulture), created.End);
    }

    [Fact]
    public async Task ReadResponses_DocumentedEventWithAttendees_MappedInOneRequest()
    {
        var documented = GraphFixtures.EventWithAttendees;
        documented["singleValueExtendedProperties"] = new JsonArray(new JsonObject { ["id"] = SeriesTag.PropertyId, ["value"] = "kommundirektorsmote-2026" });
        graph.Mailbox.Seed(documented);

        var meeting = Assert.Single(await Calendar().ReadResponsesAsync("kommundirektorsmote-2026", CancellationToken.None));

        Assert.Equal("AAMkAGIAAAoZDOFAAA=", meeting.ExternalId);
        Assert.Equal(new DateOnly(2017, 4, 21), meeting.Date);
        Assert.Equal(
            [
                new AttendeeResponse("samanthab@a830edad905084922E17020313.onmicrosoft.com", CalendarResponse.None, null),
                new AttendeeResponse("danas@a830edad905084922E17020313.onmicrosoft.com", CalendarResponse.TentativelyAccepted, null),
            ],
            meeting.Attendees);
        var request = Assert.Single(graph.Requests);
        Assert.Contains("$select=", Uri.UnescapeDataString(request.PathAndQuery), StringComparison.Ordinal);
        Assert.Contains("attendees", Uri.UnescapeDataString(request.PathAndQuery), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadResponses_DeclinedInOutlook_BecomesOutlookAnswerWithTime()
    {
        var created = await Calendar().CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None);
        var april = created.Created.Single(e => e.Date == new DateOnly(2026, 4, 17));
        var at = new DateTimeOffset(2026, 3, 30, 8, 12, 0, TimeSpan.Zero);
        graph.Mailbox.Respond(april.ExternalId, "bo.berg@hoganas.se", "declined", at);

        var read = await Calendar().ReadResponsesAsync("kommundirektorsmote-2026", CancellationToken.None);

        var replies = read.Single(m => m.Date == april.Date).Attendees.Where(a => OutlookAnswer.Of(a) is not null).ToList();
        Assert.Equal("bo.berg@hoganas.se", Assert.Single(replies).Email);
        Assert.Equal(new MemberAnswer(AttendanceAnswer.Declined, null, null, ReplySource.Outlook, at), OutlookAnswer.Of(replies[0]));
    }

    [Fact]
    public async Task Move_Meeting_PatchesOnlyStartEndAndRerunDoesNotRecreateOldDate()
    {
        await Calendar().CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None);
        var to = Core.Series.PlannedMeeting.At(new DateOnly(2026, 4, 24), new TimeOnly(8, 30), new TimeOnly(13, 0));

        var moved = await Calendar().MoveAsync("kommundirektorsmote-2026", new DateOnly(2026, 4, 17), to, CancellationToken.None);
        var rerun = await Calendar().CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None);

        Assert.Equal(new DateOnly(2026, 4, 24), moved.Date);
        Assert.Equal(new DateOnly(2026, 4, 17), moved.PlannedDate);
        Assert.Equal(new DateTimeOffset(2026, 4, 24, 6, 30, 0, TimeSpan.Zero), moved.Start);
        Assert.Contains(graph.Requests, r => r.Method == "PATCH");
        Assert.Empty(graph.Violations);
        Assert.Empty(rerun.Created);
    }

    [Fact]
    public async Task SetLocation_Meeting_PatchesOnlyTheLocationOfThatEvent()
    {
        await Calendar().CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None);
        var april = (await Calendar().ListAsync("kommundirektorsmote-2026", CancellationToken.None)).Single(e => e.Date == new DateOnly(2026, 4, 17));
        graph.ClearRequests();

        await Calendar().SetLocationAsync("kommundirektorsmote-2026", new DateOnly(2026, 4, 17), "Mindpark, Bredgatan 11, Helsingborg", CancellationToken.None);

        var patch = Assert.Single(graph.Requests, r => r.Method == "PATCH");
        Assert.EndsWith($"/events/{april.ExternalId}", patch.PathAndQuery, StringComparison.Ordinal);
        Assert.Empty(graph.Violations);
        Assert.Equal("Mindpark, Bredgatan 11, Helsingborg", (string?)System.Text.Json.Nodes.JsonNode.Parse(patch.Body)!["location"]!["displayName"]);
        var stored = graph.Mailbox.Events.ToDictionary(e => (string)e["id"]!);
        Assert.Equal("Mindpark, Bredgatan 11, Helsingborg", (string?)stored[april.ExternalId]["location"]?["displayName"]);
        Assert.All(stored.Where(e => e.Key != april.ExternalId), e => Assert.NotEqual("Mindpark, Bredgatan 11, Helsingborg", (string?)e.Value["location"]?["displayName"]));
    }

    [Fact]
    public async Task Cancel_Meeting_PostsCancelWithComment()
    {
        await Calendar().CreateMissingAsync(Series2026.Definition, Series2026.Meetings, CancellationToken.None);

        await Calendar().CancelAsync("kommundirektorsmote-2026", new DateOnly(2026, 4, 17), "Mötet är inställt.", CancellationToken.None);

        var (_, comment) = Assert.Single(graph.Mailbox.Cancellations);
        Assert.Equal("Mötet är inställt.", comment);
        Assert.Equal(9, graph.Mailbox.Events.Count);
        Assert.EndsWith("/cancel", graph.Requests[^1].PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_NoMeetingThatDay_ThrowsCalendarException()
    {
        var ex = await Assert.ThrowsAsync<CalendarException>(() =>
            Calendar().CancelAsync("kommundirektorsmote-2026", new DateOnly(2026, 4, 18), "x", CancellationToken.None));

        Assert.Contains("2026-04-18", ex.Message, StringComparison.Ordinal);
    }

    private GraphSeriesCalendar Calendar(TimeProvider? time = null) =>
        new(graph.CreateClient(), Series2026.Mailbox, time ?? TimeProvider.System);

    /// <summary>Lets the test advance the clock only once the adapter is actually waiting.</summary>
    private sealed class WaitObservingTimeProvider : FakeTimeProvider
    {
        public TaskCompletionSource WaitStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            WaitStarted.TrySetResult();
            return timer;
        }
    }
}
