using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.Core.Cards;
using MeetingBot.Meetings;
using MeetingBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Bot;

/// <summary>The secretariat's other commands and buttons, through the real endpoint.</summary>
public sealed class CommandFlowTests
{
    private static JsonObject Meeting(FlowHost host) => CardInputs.MeetingData(host.MeetingId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string? Text(ConnectorCall call) => (string?)call.Body?["text"];

    [Fact]
    public async Task Message_CreateSeries_CreatesTheDecidedMeetingsOnce()
    {
        await using var host = await FlowHost.StartAsync();

        await host.SayAsync(FlowHost.Secretary, "skapa mötesserie 2026");
        var first = await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Mötesserien 2026", StringComparison.Ordinal) == true);
        await host.SayAsync(FlowHost.Secretary, "Skapa mötesserien för 2026.");
        await host.Teams.WaitForAsync(c => c != first && Text(c)?.StartsWith("Mötesserien 2026", StringComparison.Ordinal) == true);

        Assert.Contains("11 december 2026", Text(first), StringComparison.Ordinal);
        var meetings = await host.Services.GetRequiredService<MeetingService>().ListAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), CancellationToken.None);
        Assert.Equal(meetings.Count, meetings.Select(m => m.Date).Distinct().Count());
        Assert.Contains(meetings, m => m.Date == new DateOnly(2026, 12, 11));
    }

    [Fact]
    public async Task Message_Attendance_RepliesWithCommentsForTheSecretariat()
    {
        await using var host = await FlowHost.StartAsync();
        var decline = Meeting(host);
        decline[CardInputs.Comment] = "Krockar med kommunstyrelsen";
        await host.PressAsync(FlowHost.Tomas, FlowHost.Tomas.PersonalChatId, CardVerbs.Decline, decline);

        await host.SayAsync(FlowHost.Secretary, $"närvaro {host.MeetingDateText}");

        var reply = await host.Teams.WaitForAsync(c => c.Body?["attachments"] is not null);
        var card = reply.Body!["attachments"]![0]!["content"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("Krockar med kommunstyrelsen", card, StringComparison.Ordinal);
        Assert.Contains("Tomas Rikse", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Press_Remind_SendsTheCardToThoseWithoutAnAnswerOnly()
    {
        await using var host = await FlowHost.StartAsync();
        await host.SayInChannelAsync(FlowHost.Secretary, $"dagordning {host.MeetingDateText}");
        await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Dagordningen för", StringComparison.Ordinal) == true);
        await host.PressAsync(FlowHost.Kristina, FlowHost.Kristina.PersonalChatId, CardVerbs.Accept, Meeting(host));

        var response = await host.PressAsync(FlowHost.Secretary, FlowHost.Secretary.PersonalChatId, CardVerbs.Remind, Meeting(host));

        Assert.Contains("påminnelser", (string?)response["value"], StringComparison.Ordinal);
        var summary = await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Påminnelse skickad", StringComparison.Ordinal) == true);
        Assert.Contains("Tomas Rikse", Text(summary), StringComparison.Ordinal);
        Assert.DoesNotContain("Kristina Magnusson", Text(summary), StringComparison.Ordinal);
        Assert.Contains(host.Teams.Calls, c => c.Method == "POST" && c.Path.Contains(FlowHost.Tomas.PersonalChatId, StringComparison.Ordinal) && Text(c)?.StartsWith("Påminnelse:", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(host.Teams.Calls, c => c.Path.Contains(FlowHost.Kristina.PersonalChatId, StringComparison.Ordinal) && Text(c)?.StartsWith("Påminnelse:", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Press_EnterDecisions_StoresTheClausesOfThatItem()
    {
        await using var host = await FlowHost.StartAsync();
        var data = Meeting(host);
        data[CardInputs.Item] = 8;
        data[CardInputs.Decisions(8)] = "att tacka för informationen\nuppdra åt sekretariatet att återkomma";

        await host.PressAsync(FlowHost.Secretary, FlowHost.Secretary.PersonalChatId, CardVerbs.EnterDecisions, data);

        var draft = await host.Services.GetRequiredService<ProtocolDraftService>().GetAsync(host.MeetingId, CancellationToken.None);
        Assert.Equal(["att tacka för informationen", "att uppdra åt sekretariatet att återkomma"], draft.Protocol.Items.Single(i => i.Number == 8).Decisions);
    }

    [Fact]
    public async Task Press_DraftButtonByAMember_IsRefusedAndChangesNothing()
    {
        await using var host = await FlowHost.StartAsync();

        var response = await host.PressAsync(FlowHost.Kristina, FlowHost.Kristina.PersonalChatId, CardVerbs.Finalise, Meeting(host));

        Assert.Contains("till för sekretariatet", (string?)response["value"], StringComparison.Ordinal);
        await using var db = host.Services.GetRequiredService<IDbContextFactory<MeetingBotDbContext>>().CreateDbContext();
        Assert.False(await db.Protocols.AnyAsync(p => p.MeetingId == host.MeetingId));
    }

    [Fact]
    public async Task Press_Refresh_GivesTheMemberTheirOwnAnswer()
    {
        await using var host = await FlowHost.StartAsync();
        await host.PressAsync(FlowHost.Kristina, FlowHost.Kristina.PersonalChatId, CardVerbs.Accept, Meeting(host));

        var refreshed = await host.PressAsync(FlowHost.Kristina, FlowHost.ChannelId, CardVerbs.RefreshAgenda, Meeting(host));

        Assert.Contains("Ditt svar: Jag kommer", refreshed["value"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_SubmitFallback_CountsForTheSenderAndRepliesWithTheirView()
    {
        await using var host = await FlowHost.StartAsync();

        using var response = await host.SubmitAsync(FlowHost.Kristina, new JsonObject { ["verb"] = CardVerbs.Accept, [CardInputs.MeetingId] = host.MeetingId.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await host.Teams.WaitForAsync(c => c.Body?["attachments"] is not null);
        Assert.Contains("Ditt svar: Jag kommer", reply.Body!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
        var attendance = await host.Services.GetRequiredService<AttendanceService>().GetAsync(host.MeetingId, CancellationToken.None);
        Assert.Equal(1, attendance!.Tally.Coming);
    }

    [Fact]
    public async Task Message_Help_ListsTheSecretariatCommands()
    {
        await using var host = await FlowHost.StartAsync();

        await host.SayAsync(FlowHost.Kristina, "hjälp");

        var reply = await host.Teams.WaitForAsync(c => Text(c)?.Contains("mina möten", StringComparison.Ordinal) == true);
        Assert.Contains("ändra dagordning 23 januari", Text(reply), StringComparison.Ordinal);
        Assert.Contains("fastställ protokoll 23 januari", Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_AgendaPostedTwice_UpdatesTheCopiesInsteadOfPostingAgain()
    {
        await using var host = await FlowHost.StartAsync();
        await host.SayInChannelAsync(FlowHost.Secretary, $"dagordning {host.MeetingDateText}");
        var first = await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Dagordningen för", StringComparison.Ordinal) == true);
        await host.WaitForRequestedJobsAsync();
        var postsBefore = host.Teams.Calls.Count(c => c.Method == "POST" && c.Body?["attachments"] is not null);

        await host.SayInChannelAsync(FlowHost.Secretary, $"dagordning {host.MeetingDateText}");
        await host.Teams.WaitForAsync(c => c != first && Text(c)?.StartsWith("Dagordningen för", StringComparison.Ordinal) == true);

        Assert.Equal(postsBefore, host.Teams.Calls.Count(c => c.Method == "POST" && c.Body?["attachments"] is not null));
        Assert.Contains(host.Teams.Calls, c => c.Method == "PUT" && c.Path.Contains(FlowHost.ChannelId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Press_AfterTheMeetingStarted_IsRefusedAndNothingIsStored()
    {
        await using var host = await FlowHost.StartAsync();
        await using (var db = host.Services.GetRequiredService<IDbContextFactory<MeetingBotDbContext>>().CreateDbContext())
        {
            await db.Meetings.Where(m => m.Id == host.MeetingId)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.StartUtc, TimeProvider.System.GetUtcNow().AddMinutes(-5)));
        }

        var response = await host.PressAsync(FlowHost.Kristina, FlowHost.Kristina.PersonalChatId, CardVerbs.Accept, Meeting(host));

        Assert.Contains("Mötet har redan börjat", (string?)response["value"], StringComparison.Ordinal);
        await using var check = host.Services.GetRequiredService<IDbContextFactory<MeetingBotDbContext>>().CreateDbContext();
        Assert.Equal(0, await check.AttendanceReplies.CountAsync());
    }
}
