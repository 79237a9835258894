using MeetingBot.Assignments;
using MeetingBot.Core.Protocols;
using MeetingBot.Core.Scheduling;
using MeetingBot.Scheduling;
using MeetingBot.Storage.Rows;
using MeetingBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.Bot;

/// <summary>
/// The scheduled reminder 14 days before an assignment falls due, in the real host on a fake clock:
/// planned once per assignment and due date, sent to the secretariat only, re-planned when the date changes.
/// </summary>
public sealed class AssignmentReminderFlowTests
{
    private static string? Text(ConnectorCall call) => (string?)call.Body?["text"];

    private static string ActivitiesOf(string conversationId) => $"/emea/v3/conversations/{conversationId}/activities";

    private static Protocol Protocol6(string boardMeeting) => new(
        6, 2025, "Kommundirektörsmöte i Familjen Helsingborg", new DateOnly(2025, 9, 19), new TimeOnly(8, 30), new TimeOnly(12, 0),
        "Mindpark, Bredgatan 11, Helsingborg", null,
        [new("Kristina Magnusson", "Bjuv"), new("Christian Dahlmann", "sekretariatet")], [],
        [
            new(2, "Trafikplanen", null, [], [], [$"att uppdra till sekretariatet att ta fram ett gemensamt yttrande över trafikplanen till styrelsemötet den {boardMeeting}"]),
            new(3, "Kontaktpersoner", null, [], [], ["att varje kommun utser en kontaktperson senast den 15 oktober"]),
        ]);

    [Fact]
    public async Task Scheduler_AssignmentDueIn14Days_RemindsTheSecretariatOnceAndFollowsAChangedDate()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 9, 20, 8, 0, 0, TimeSpan.Zero));
        await using var host = await FlowHost.StartWithoutMeetingsAsync(clock, "--Scheduling:Enabled=false");
        await host.SayInChannelAsync(FlowHost.Secretary, "hej");
        await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Hej!", StringComparison.Ordinal) == true);
        var protocols = host.Services.GetRequiredService<ProtocolStore>();
        await protocols.SaveAsync(Protocol6("31 oktober"), CancellationToken.None);
        var ids = (await host.Services.GetRequiredService<AssignmentStore>().ListAsync(false, CancellationToken.None))
            .Where(t => t.Assignment.Protocol == "6/2025").ToDictionary(t => t.Assignment.Item, t => t.Id);

        await PlanAsync(host);
        await PlanAsync(host);

        var jobs = await JobsAsync(host);
        Assert.Equal(
            [
                ($"assignment:{ids[3]}:2025-10-15", new DateTimeOffset(2025, 10, 1, 7, 0, 0, TimeSpan.Zero)),
                ($"assignment:{ids[2]}:2025-10-31", new DateTimeOffset(2025, 10, 17, 7, 0, 0, TimeSpan.Zero)),
            ],
            jobs.Select(j => (j.MeetingKey, j.DueAt)));

        clock.SetUtcNow(new DateTimeOffset(2025, 10, 1, 7, 0, 1, TimeSpan.Zero));
        await TickAsync(host);
        var first = Reminders(host);
        var sent = Assert.Single(first);
        Assert.Equal(ActivitiesOf(FlowHost.Secretary.PersonalChatId), sent.Path);
        Assert.StartsWith("Påminnelse: ett uppdrag ska vara klart 15 oktober 2025.", Text(sent), StringComparison.Ordinal);
        Assert.Contains($"uppdrag klart {ids[3]}", Text(sent), StringComparison.Ordinal);

        // The board meeting moves a week: the old reminder must not go out, the new one goes out on its day.
        await protocols.SaveAsync(Protocol6("7 november"), CancellationToken.None);
        await PlanAsync(host);
        clock.SetUtcNow(new DateTimeOffset(2025, 10, 17, 7, 0, 1, TimeSpan.Zero));
        await TickAsync(host);
        Assert.Single(Reminders(host));

        clock.SetUtcNow(new DateTimeOffset(2025, 10, 24, 7, 0, 1, TimeSpan.Zero));
        await TickAsync(host);
        await TickAsync(host);
        var all = Reminders(host);
        Assert.Equal(2, all.Count);
        Assert.Contains("trafikplanen (till styrelsemötet den 7 november: 7 november 2025)", Text(all[1]), StringComparison.Ordinal);
        Assert.Equal(ActivitiesOf(FlowHost.Secretary.PersonalChatId), all[1].Path);
    }

    private static List<ConnectorCall> Reminders(FlowHost host) =>
        [.. host.Teams.Calls.Where(c => c.Method == "POST" && Text(c)?.StartsWith("Påminnelse: ett uppdrag", StringComparison.Ordinal) == true)];

    private static Task PlanAsync(FlowHost host) => host.Services.GetRequiredService<SchedulePlanner>().PlanAsync(CancellationToken.None);

    private static async Task TickAsync(FlowHost host)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await host.Services.GetRequiredService<ScheduledJobRunner>().TickAsync(timeout.Token);
    }

    private static async Task<List<ScheduledJobRow>> JobsAsync(FlowHost host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<MeetingBotDbContext>>().CreateDbContextAsync();
        return await db.Set<ScheduledJobRow>().AsNoTracking().Where(j => j.Kind == JobKind.RemindAssignment).OrderBy(j => j.DueAt).ToListAsync();
    }
}
