using System.Text;
using MeetingBot.Tests.Calendar.Graph.Fake;
using MeetingBot.Tests.Storage;

namespace MeetingBot.Tests.Cli;

/// <summary><c>series create/move/cancel/ics</c> as a user runs them: the local calendar, and Outlook through the fake Graph.</summary>
public sealed class SeriesCalendarCommandTests : IAsyncLifetime
{
    private static readonly string Seed = CliProcess.Fixture("protokoll-2025-05-kommundirektorer-2025-06-13.txt");
    private readonly SqliteTestDatabase folder = new();
    private readonly string files = Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N"));

    private Dictionary<string, string> Environment => new() { ["Storage__DataDirectory"] = folder.DataDirectory };

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(files);
        var roster = Path.Combine(files, "roster.csv");
        await File.WriteAllTextAsync(roster,
            "name,organisation,email,role\nAnna Andersson,Helsingborg,anna.andersson@helsingborg.se,member\nBo Berg,Höganäs,bo.berg@hoganas.se,member\n",
            Encoding.UTF8);
        Assert.Equal(0, (await CliProcess.RunAsync(Environment, "roster", "import", roster)).ExitCode);
    }

    public async Task DisposeAsync()
    {
        await folder.DisposeAsync();
        Directory.Delete(files, recursive: true);
    }

    [Fact]
    public async Task Create_LocalCalendarTwice_TenMeetingsThenNothingNew()
    {
        var first = await CliProcess.RunAsync(Environment, "series", "create", "--year", "2026", "--from-protocol", Seed);
        var second = await CliProcess.RunAsync(Environment, "series", "create", "--year", "2026", "--from-protocol", Seed);

        Assert.Equal(0, first.ExitCode);
        Assert.EndsWith("10 created, 0 already there, 0 failed.", first.Output.Trim(), StringComparison.Ordinal);
        Assert.Contains("2026-04-17 08:30–13:00  created", first.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", first.Output, StringComparison.Ordinal);
        Assert.EndsWith("0 created, 10 already there, 0 failed.", second.Output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoveCancelIcs_LocalCalendar_FileShowsMovedAndCancelledMeetings()
    {
        await CliProcess.RunAsync(Environment, "series", "create", "--year", "2026", "--from-protocol", Seed);

        var move = await CliProcess.RunAsync(Environment, "series", "move", "2026-04-17", "--to", "2026-04-24");
        var cancel = await CliProcess.RunAsync(Environment, "series", "cancel", "2026-05-22");
        var ics = Path.Combine(files, "anna.ics");
        var export = await CliProcess.RunAsync(Environment, "series", "ics", "--member", "Anna.Andersson@helsingborg.se", "-o", ics, "--year", "2026");

        Assert.Equal("Moved the meeting of 2026-04-17 to 2026-04-24 08:30–13:00.", move.Output.Trim());
        Assert.Equal("Cancelled the meeting on 2026-05-22.", cancel.Output.Trim());
        Assert.Equal(0, export.ExitCode);
        var calendar = Ical.Net.Calendar.Load(await File.ReadAllTextAsync(ics))!;
        Assert.Equal(10, calendar.Events.Count);
        Assert.Equal(new DateOnly(2026, 4, 24), calendar.Events.Single(e => e.Uid!.Contains("20260417", StringComparison.Ordinal)).DtStart!.Date);
        Assert.Equal("CANCELLED", calendar.Events.Single(e => e.Uid!.Contains("20260522", StringComparison.Ordinal)).Status);
    }

    [Fact]
    public async Task Cancel_NoMeetingThatDay_OneLineError()
    {
        var result = await CliProcess.RunAsync(Environment, "series", "cancel", "2026-04-18");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: no meeting of kommundirektorsmote-2026 on 2026-04-18", result.Error.Trim());
    }

    [Fact]
    public async Task Move_BadDate_OneLineError()
    {
        var result = await CliProcess.RunAsync(Environment, "series", "move", "2026-04-17", "--to", "24 april");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: --to '24 april' is not a date like 2026-04-17", result.Error.Trim());
    }

    [Fact]
    public async Task Create_GraphTenant_PrintsOutlookIdsAndJoinLinksAndReportsForbiddenDate()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        graph.Mailbox.Faults[new DateOnly(2026, 5, 22)] = ItemFault.Forbidden();

        var result = await CliProcess.RunAsync(GraphEnvironment(graph), "series", "create", "--year", "2026", "--from-protocol", Seed);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches("2026-01-23 08:30–13:00  created  id AAMkAGI1AAAt8AHj\\d{4}AAA=  join https://teams.microsoft.com/l/meetup-join/", result.Output);
        Assert.Contains("failed  2026-05-22: 403 Authorization_RequestDenied: Insufficient privileges to complete the operation.", result.Output, StringComparison.Ordinal);
        Assert.EndsWith("9 created, 0 already there, 1 failed.", result.Output.Trim(), StringComparison.Ordinal);
        Assert.Empty(graph.Violations);
    }

    [Fact]
    public async Task Create_GraphAfterCancel_CancelledMeetingNotInvitedAgain()
    {
        await using var graph = await FakeGraphServer.StartAsync();
        await CliProcess.RunAsync(GraphEnvironment(graph), "series", "create", "--year", "2026", "--from-protocol", Seed);

        var cancel = await CliProcess.RunAsync(GraphEnvironment(graph), "series", "cancel", "2026-04-17", "--comment", "Inställt.");
        var rerun = await CliProcess.RunAsync(GraphEnvironment(graph), "series", "create", "--year", "2026", "--from-protocol", Seed);

        Assert.Equal(0, cancel.ExitCode);
        Assert.Equal("Inställt.", Assert.Single(graph.Mailbox.Cancellations).Comment);
        Assert.Contains("2026-04-17 was cancelled and is not created again.", rerun.Output, StringComparison.Ordinal);
        Assert.Equal(9, graph.Mailbox.Events.Count);
    }

    private Dictionary<string, string> GraphEnvironment(FakeGraphServer graph) =>
        new(Environment)
        {
            ["Calendar__Graph__TenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47",
            ["Calendar__Graph__ClientId"] = "24d3b144-21ae-4080-943f-7067b395b913",
            ["Calendar__Graph__ClientSecret"] = "not-used-against-localhost",
            ["Calendar__Graph__OrganizerMailbox"] = "sekretariat@helsingborg.se",
            ["Calendar__Graph__BaseUrl"] = graph.BaseUrl.AbsoluteUri,
            ["Calendar__AgendaBaseUrl"] = "https://meetingbot.example.se/agenda/",
        };
}
