using MeetingBot.Calendar;
using MeetingBot.Calendar.Graph;
using MeetingBot.Core.Meetings;
using MeetingBot.Meetings;
using MeetingBot.Storage;
using MeetingBot.Tests.Calendar.Graph;
using MeetingBot.Tests.Calendar.Graph.Fake;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Meetings;

/// <summary>An Outlook reply travels from (fake) Graph through the change notification and the re-read into the stored attendance.</summary>
public sealed class OutlookRepliesGraphTests : IAsyncLifetime
{
    private FakeGraphServer graph = null!;
    private WebApplication app = null!;

    public async Task InitializeAsync()
    {
        graph = await FakeGraphServer.StartAsync();
        app = GraphHostFixture.Build(graph);
        await app.StartAsync();
        await GraphHostFixture.WaitUntil(() => !graph.Subscriptions.Active.IsEmpty && GraphHostFixture.SeriesReads(graph) >= 1);
    }

    public async Task DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        await graph.DisposeAsync();
    }

    [Fact]
    public async Task DeclineInOutlook_NotifiedAndReRead_StoredAsTheMembersOutlookAnswer()
    {
        await app.Services.GetRequiredService<RosterStore>().UpsertAsync(Series2026.Definition.Attendees, CancellationToken.None);
        var (_, created, _) = await app.Services.GetRequiredService<SeriesScheduler>().CreateAsync(2026, Series2026.Meetings, CancellationToken.None);
        var april = created.All.Single(e => e.Date == new DateOnly(2026, 4, 17));
        var meeting = (await app.Services.GetRequiredService<MeetingService>().FindByDateAsync(april.Date, CancellationToken.None))!;
        var attendance = app.Services.GetRequiredService<AttendanceService>();
        graph.Mailbox.Respond(april.ExternalId, "Anna.Andersson@helsingborg.se", "declined", new DateTimeOffset(2026, 4, 1, 7, 0, 0, TimeSpan.Zero));

        using var ack = await graph.Subscriptions.NotifyAsync(graph.Subscriptions.Active.Keys.First(), april.ExternalId, GraphHostFixture.ClientState);

        MemberAnswer? answer = null;
        for (var i = 0; i < 200 && answer is null; i++)
        {
            await Task.Delay(50);
            answer = (await attendance.GetAsync(meeting.Id, CancellationToken.None))!.Members.Single(m => m.Member.Name == "Anna Andersson").Answer;
        }

        Assert.Equal((AttendanceAnswer.Declined, ReplySource.Outlook), (answer!.Answer, answer.Source));
    }
}
