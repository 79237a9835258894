using MeetingBot.Assignments;
using MeetingBot.Core.Protocols;
using MeetingBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Bot;

/// <summary>
/// <c>uppdrag</c> and <c>uppdrag klart N</c> through the real bot endpoint: the secretariat sees every
/// open assignment, a member their organisation's and every municipality's, and only the secretariat
/// marks one done.
/// </summary>
public sealed class AssignmentFlowTests
{
    private static string? Text(ConnectorCall call) => (string?)call.Body?["text"];

    private static Protocol Protocol6() => new(
        6, 2025, "Kommundirektörsmöte i Familjen Helsingborg", new DateOnly(2025, 9, 19), new TimeOnly(8, 30), new TimeOnly(12, 0),
        "Mindpark, Bredgatan 11, Helsingborg", null,
        [new("Kristina Magnusson", "Bjuv"), new("Christian Dahlmann", "sekretariatet")], [],
        [
            new(2, "Trafikplanen", null, [], [], ["att uppdra till sekretariatet att ta fram ett gemensamt yttrande över trafikplanen till styrelsemötet den 31 oktober"]),
            new(3, "Kontaktpersoner", null, [], [], ["att varje kommun utser en kontaktperson senast den 15 oktober"]),
            new(4, "Idrottsgala", null, [], [], ["att Klippans kommun får i uppdrag att undersöka en arena"]),
        ]);

    private static async Task<FlowHost> StartAsync()
    {
        var host = await FlowHost.StartAsync("--Scheduling:Enabled=false");
        await host.Services.GetRequiredService<ProtocolStore>().SaveAsync(Protocol6(), CancellationToken.None);
        return host;
    }

    private static async Task<int> IdOfAsync(FlowHost host, int item) =>
        (await host.Services.GetRequiredService<AssignmentStore>().ListAsync(false, CancellationToken.None))
            .Single(t => t.Assignment.Protocol == "6/2025" && t.Assignment.Item == item).Id;

    [Fact]
    public async Task Uppdrag_Secretariat_SeesEveryOpenAssignmentWithCitations()
    {
        await using var host = await StartAsync();

        await host.SayAsync(FlowHost.Secretary, "uppdrag");
        var reply = Text(await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Öppna uppdrag", StringComparison.Ordinal) == true));

        Assert.Contains(
            $"#{await IdOfAsync(host, 2)} sekretariatet: ta fram ett gemensamt yttrande över trafikplanen (till styrelsemötet den 31 oktober: 31 oktober 2025). Protokoll 6/2025 § 2",
            reply, StringComparison.Ordinal);
        Assert.Contains("varje kommun: utser en kontaktperson", reply, StringComparison.Ordinal);
        Assert.Contains("Klippans kommun: undersöka en arena", reply, StringComparison.Ordinal);
        Assert.Contains("sekretariatschef", reply, StringComparison.Ordinal);
        Assert.Contains("uppdrag klart", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uppdrag_Member_SeesOwnOrganisationsAndEveryMunicipalitysOnly()
    {
        await using var host = await StartAsync();

        await host.SayAsync(FlowHost.Tomas, "uppdrag");
        var tomas = Text(await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Öppna uppdrag", StringComparison.Ordinal) == true));
        await host.SayAsync(FlowHost.Kristina, "uppdrag");
        var kristina = Text(await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Öppna uppdrag", StringComparison.Ordinal) == true && Text(c) != tomas));

        Assert.Contains("Klippans kommun: undersöka en arena", tomas, StringComparison.Ordinal);
        Assert.Contains("varje kommun", tomas, StringComparison.Ordinal);
        Assert.DoesNotContain("sekretariatet", tomas, StringComparison.Ordinal);
        Assert.DoesNotContain("sekretariatschef", tomas, StringComparison.Ordinal);
        Assert.Contains("varje kommun", kristina, StringComparison.Ordinal);
        Assert.DoesNotContain("Klippan", kristina, StringComparison.Ordinal);
        Assert.DoesNotContain("sekretariatet", kristina, StringComparison.Ordinal);
        Assert.DoesNotContain("uppdrag klart", kristina, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UppdragKlart_Member_IsRefusedAndTheAssignmentStaysOpen()
    {
        await using var host = await StartAsync();
        var id = await IdOfAsync(host, 4);

        await host.SayAsync(FlowHost.Tomas, $"uppdrag klart {id}");
        var reply = Text(await host.Teams.WaitForAsync(c => Text(c) is not null));

        Assert.StartsWith("Det kommandot är till för sekretariatet", reply, StringComparison.Ordinal);
        var stored = await host.Services.GetRequiredService<AssignmentStore>().FindAsync(id, CancellationToken.None);
        Assert.False(stored!.Done);
    }

    [Fact]
    public async Task UppdragKlart_Secretariat_MarksItDoneAndTheListDropsIt()
    {
        await using var host = await StartAsync();
        var id = await IdOfAsync(host, 2);

        await host.SayAsync(FlowHost.Secretary, $"uppdrag klart {id}");
        var done = Text(await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Markerat som klart", StringComparison.Ordinal) == true));
        await host.SayAsync(FlowHost.Secretary, "uppdrag");
        var list = Text(await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Öppna uppdrag", StringComparison.Ordinal) == true));

        Assert.Contains($"#{id} sekretariatet", done, StringComparison.Ordinal);
        var stored = await host.Services.GetRequiredService<AssignmentStore>().FindAsync(id, CancellationToken.None);
        Assert.Equal((true, "Christian Dahlmann"), (stored!.Done, stored.DoneBy));
        Assert.DoesNotContain("trafikplanen", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hjalp_NamesBothAssignmentCommands()
    {
        await using var host = await StartAsync();

        await host.SayAsync(FlowHost.Secretary, "hjälp");
        var help = Text(await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Jag svarar på frågor", StringComparison.Ordinal) == true));

        Assert.Contains("Skriv \"uppdrag\" för att se de öppna uppdragen", help, StringComparison.Ordinal);
        Assert.Contains("uppdrag klart 12: markerar uppdrag 12 som klart", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UppdragKlart_UnknownNumber_SaysSoAndChangesNothing()
    {
        await using var host = await StartAsync();

        await host.SayAsync(FlowHost.Secretary, "uppdrag klart 4711");
        var reply = Text(await host.Teams.WaitForAsync(c => Text(c) is not null));

        Assert.StartsWith("Det finns inget uppdrag 4711", reply, StringComparison.Ordinal);
        Assert.All(await host.Services.GetRequiredService<AssignmentStore>().ListAsync(false, CancellationToken.None), t => Assert.False(t.Done));
    }
}

/// <summary>Questions about assignments typed in Teams, answered through the question path with citations.</summary>
public sealed class AssignmentQuestionFlowTests
{
    private static string? Text(ConnectorCall call) => (string?)call.Body?["text"];

    [Fact]
    public async Task Question_WhatHasTheSecretariatBeenGiven_AnswersWithProtocolAndParagraph()
    {
        await using var host = await FlowHost.StartAsync("--Scheduling:Enabled=false");
        await host.Services.GetRequiredService<ProtocolStore>().SaveAsync(
            new Protocol(
                6, 2025, "Kommundirektörsmöte i Familjen Helsingborg", new DateOnly(2025, 9, 19), new TimeOnly(8, 30), new TimeOnly(12, 0),
                "Mindpark, Bredgatan 11, Helsingborg", null, [new("Christian Dahlmann", "sekretariatet")], [],
                [new(2, "Trafikplanen", null, [], [], ["att uppdra till sekretariatet att ta fram ett gemensamt yttrande över trafikplanen till styrelsemötet den 31 oktober"])]),
            CancellationToken.None);

        await host.SayAsync(FlowHost.Kristina, "Vad har sekretariatet fått i uppdrag?");
        var reply = await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Uppdrag (1)", StringComparison.Ordinal) == true);

        // Teams renders the text as Markdown, so the line breaks come out as Markdown's.
        Assert.Contains("Protokoll nr 6 2025, § 2, 19 september 2025", Text(reply), StringComparison.Ordinal);
        Assert.Contains(
            "sekretariatet: ta fram ett gemensamt yttrande över trafikplanen – senast 31 oktober 2025 (till styrelsemötet den 31 oktober)",
            Text(reply), StringComparison.Ordinal);
        Assert.NotNull(reply.Body!["attachments"]);

        await host.SayAsync(FlowHost.Kristina, "Vilka uppdrag är öppna?");
        var open = await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Öppna uppdrag (2)", StringComparison.Ordinal) == true);
        Assert.Contains("Protokoll nr 5 2025, § 4, 13 juni 2025", Text(open), StringComparison.Ordinal);
        Assert.Contains("sekretariatschef: försätta dialog", Text(open), StringComparison.Ordinal);
    }
}
