using System.Globalization;
using System.Text.Json.Nodes;
using MeetingBot.Assignments;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Protocols;
using MeetingBot.Core.Text;
using MeetingBot.Meetings;
using MeetingBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Bot;

/// <summary>
/// The agenda form offers "Återrapportering: …" for each open assignment due by the meeting, and one
/// press adds it to the agenda, through the real bot endpoint.
/// </summary>
public sealed class ReportBackFlowTests
{
    private static string Texts(JsonNode? node) => node switch
    {
        JsonObject o => string.Join("\n", o.Select(p => Texts(p.Value))),
        JsonArray a => string.Join("\n", a.Select(Texts)),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => string.Empty,
    };

    /// <summary>A protocol 40 days before the test meeting: one assignment due before it, one after it, one (to be marked done) before it.</summary>
    private static Protocol Decided(DateOnly meeting)
    {
        var decided = meeting.AddDays(-40);
        return new(
            7, decided.Year, "Kommundirektörsmöte i Familjen Helsingborg", decided, new TimeOnly(8, 30), new TimeOnly(12, 0),
            "Mindpark, Bredgatan 11, Helsingborg", null,
            [new("Kristina Magnusson", "Bjuv"), new("Christian Dahlmann", "sekretariatet")], [],
            [
                new(2, "Trafikplanen", null, [], [], [$"att uppdra till sekretariatet att ta fram ett gemensamt yttrande över trafikplanen senast den {SwedishDate.Format(meeting.AddDays(-5))}"]),
                new(3, "Kompetens", null, [], [], [$"att ge HR-nätverket i uppdrag att kartlägga kompetensbehoven senast den {SwedishDate.Format(meeting.AddDays(30))}"]),
                new(4, "Kontaktpersoner", null, [], [], [$"att varje kommun utser en kontaktperson senast den {SwedishDate.Format(meeting.AddDays(-2))}"]),
            ]);
    }

    [Fact]
    public async Task EditAgenda_AssignmentsDueByTheMeeting_AreOfferedAndOnePressAddsOne()
    {
        await using var host = await FlowHost.StartAsync("--Scheduling:Enabled=false");
        var protocol = Decided(host.MeetingDate);
        await host.Services.GetRequiredService<ProtocolStore>().SaveAsync(protocol, CancellationToken.None);
        var store = host.Services.GetRequiredService<AssignmentStore>();
        var ids = (await store.ListAsync(false, CancellationToken.None)).Where(t => t.Assignment.ProtocolNumber == 7).ToDictionary(t => t.Assignment.Item, t => t.Id);
        await store.MarkDoneAsync(ids[4], "Christian Dahlmann", CancellationToken.None);

        await host.SayAsync(FlowHost.Secretary, $"ändra dagordning {host.MeetingDateText}");
        var form = await host.Teams.WaitForAsync(c => c.Method == "POST" && c.Body?["attachments"] is not null);
        var card = Texts(form.Body!["attachments"]![0]!["content"]);

        Assert.Contains("Återrapportering: ta fram ett gemensamt yttrande över trafikplanen", card, StringComparison.Ordinal);
        Assert.Contains($"Uppdrag till sekretariatet enligt protokoll 7/{protocol.Year} § 2", card, StringComparison.Ordinal);
        Assert.DoesNotContain("kartlägga kompetensbehoven", card, StringComparison.Ordinal);
        Assert.DoesNotContain("kontaktperson", card, StringComparison.Ordinal);

        var data = CardInputs.MeetingData(host.MeetingId.ToString(CultureInfo.InvariantCulture));
        data[AgendaEditInputs.Assignment] = ids[2];
        var response = await host.PressAsync(FlowHost.Secretary, FlowHost.Secretary.PersonalChatId, AgendaEditVerbs.AddReportBack, data);

        var meeting = await host.Services.GetRequiredService<MeetingService>().GetAsync(host.MeetingId, CancellationToken.None);
        var added = meeting!.Agenda[^1];
        Assert.Equal("Återrapportering: ta fram ett gemensamt yttrande över trafikplanen", added.Title);
        Assert.StartsWith($"Uppdrag till sekretariatet enligt protokoll 7/{protocol.Year} § 2, senast den", added.Summary, StringComparison.Ordinal);
        // The form comes back with the item on the agenda and no longer offered.
        var again = Texts(response["value"]);
        Assert.Contains($"{meeting.Agenda.Count}. Återrapportering: ta fram", again, StringComparison.Ordinal);
        Assert.DoesNotContain($"{AgendaEditTexts.Swedish.Add}: Återrapportering", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PressReportBack_Member_IsRefusedAndTheAgendaUnchanged()
    {
        await using var host = await FlowHost.StartAsync("--Scheduling:Enabled=false");
        await host.Services.GetRequiredService<ProtocolStore>().SaveAsync(Decided(host.MeetingDate), CancellationToken.None);
        var id = (await host.Services.GetRequiredService<AssignmentStore>().ListAsync(true, CancellationToken.None)).First(t => t.Assignment.ProtocolNumber == 7).Id;
        var before = (await host.Services.GetRequiredService<MeetingService>().GetAsync(host.MeetingId, CancellationToken.None))!.Agenda.Count;
        var data = CardInputs.MeetingData(host.MeetingId.ToString(CultureInfo.InvariantCulture));
        data[AgendaEditInputs.Assignment] = id;

        await host.PressAsync(FlowHost.Kristina, FlowHost.Kristina.PersonalChatId, AgendaEditVerbs.AddReportBack, data);

        var after = (await host.Services.GetRequiredService<MeetingService>().GetAsync(host.MeetingId, CancellationToken.None))!.Agenda.Count;
        Assert.Equal(before, after);
    }
}
