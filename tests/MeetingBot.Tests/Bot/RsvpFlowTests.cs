using System.Text.Json.Nodes;
using MeetingBot.Bot.Storage;
using MeetingBot.Core.Calendar;
using MeetingBot.Core.Cards;
using MeetingBot.Meetings;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Bot;

/// <summary>
/// Issue 5's flow through the real endpoint: the secretariat posts the agenda, members answer on
/// the card, a forged invoke changes only its presser's answer, an Outlook decline counts, and the
/// draft and the finalised protocol list it all.
/// </summary>
public sealed class RsvpFlowTests
{
    private static JsonObject Meeting(FlowHost host) => CardInputs.MeetingData(host.MeetingId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Every string in a JSON payload, decoded: serialised JSON escapes å, ä and ö.</summary>
    private static string Texts(JsonNode? node) => node switch
    {
        JsonObject o => string.Join("\n", o.Select(p => Texts(p.Value))),
        JsonArray a => string.Join("\n", a.Select(Texts)),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => string.Empty,
    };

    private static bool IsReplyContaining(ConnectorCall call, string text) =>
        call.Method == "POST" && ((string?)call.Body?["text"])?.Contains(text, StringComparison.Ordinal) == true;

    [Fact]
    public async Task Flow_AgendaAnswersOutlookAndFinalise_DraftListsEveryAnswerAndIsNumbered()
    {
        await using var host = await FlowHost.StartAsync();

        // The secretariat posts the agenda in the team channel.
        await host.SayInChannelAsync(FlowHost.Secretary, $"dagordning {host.MeetingDateText}");
        var summary = await host.Teams.WaitForAsync(c => IsReplyContaining(c, "Dagordningen för"));
        Assert.Contains("i teamets kanal och skickad till 4 av", (string?)summary.Body!["text"], StringComparison.Ordinal);
        var posted = host.Teams.Calls.Where(c => c.Method == "POST" && c.Body?["attachments"] is not null).ToList();
        Assert.Contains(posted, c => c.Path == $"/emea/v3/conversations/{FlowHost.ChannelId}/activities");
        Assert.Contains(posted, c => c.Path == $"/emea/v3/conversations/{FlowHost.Kristina.PersonalChatId}/activities");
        var channelCard = posted.First(c => c.Path.Contains(FlowHost.ChannelId, StringComparison.Ordinal)).Body!["attachments"]![0]!["content"]!;
        Assert.Contains("8. Traineeprojekt 2025/2026", Texts(channelCard), StringComparison.Ordinal);
        Assert.Contains("29:1kristina", channelCard["refresh"]!["userIds"]!.AsArray().Select(n => (string?)n));

        // Kristina comes; pressing twice changes nothing.
        var kristinaCard = await host.PressAsync(FlowHost.Kristina, FlowHost.Kristina.PersonalChatId, CardVerbs.Accept, Meeting(host));
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)kristinaCard["type"]);
        Assert.Contains("Ditt svar: Jag kommer", Texts(kristinaCard["value"]!), StringComparison.Ordinal);
        await host.PressAsync(FlowHost.Kristina, FlowHost.Kristina.PersonalChatId, CardVerbs.Accept, Meeting(host));
        Assert.Equal(1, await RepliesAsync(host, FlowHost.Kristina.Email));

        // The channel's card gets the new tally in the background.
        var update = await host.Teams.WaitForAsync(c => c.Method == "PUT" && c.Path.Contains(FlowHost.ChannelId, StringComparison.Ordinal)
            && Texts(c.Body!).Contains("Svar: 1 kommer", StringComparison.Ordinal));
        Assert.Contains("Svar: 1 kommer, 0 förhinder", Texts(update.Body!), StringComparison.Ordinal);

        // Tomas sends apologies with a substitute, in an invoke whose data names Kristina: only Tomas's answer changes.
        var forged = Meeting(host);
        forged["memberId"] = 1;
        forged["aadObjectId"] = FlowHost.Kristina.AadObjectId;
        forged["from"] = FlowHost.Kristina.Email;
        forged[CardInputs.Substitute] = "Maria Lind";
        forged[CardInputs.Comment] = "Krockar med kommunstyrelsen";
        var tomasCard = await host.PressAsync(FlowHost.Tomas, FlowHost.Tomas.PersonalChatId, CardVerbs.Decline, forged);
        Assert.Contains("Ditt svar: Förhinder (ersättare: Maria Lind)", Texts(tomasCard["value"]!), StringComparison.Ordinal);
        Assert.Equal(1, await RepliesAsync(host, FlowHost.Kristina.Email));

        // Åsa declines in Outlook; the calendar adapter's read stores it as her answer.
        await host.Services.GetRequiredService<OutlookReplies>().RecordAsync(FlowHost.SeriesKey,
            [new MeetingResponses(host.MeetingDate, "flow-event-1", [new AttendeeResponse(FlowHost.Asa.Email.ToUpperInvariant(), CalendarResponse.Declined, TimeProvider.System.GetUtcNow())])],
            CancellationToken.None);

        // The draft, as the secretariat asks for it in the channel: it arrives in the secretary's personal chat.
        await host.SayInChannelAsync(FlowHost.Secretary, $"protokollutkast {host.MeetingDateText}");
        var draftReply = await host.Teams.WaitForAsync(c => c.Method == "POST" && Texts(c.Body?["attachments"]).Contains("Protokollutkast", StringComparison.Ordinal));
        Assert.Equal($"/emea/v3/conversations/{FlowHost.Secretary.PersonalChatId}/activities", draftReply.Path);
        Assert.Contains("8. Traineeprojekt 2025/2026", Texts(draftReply.Body!), StringComparison.Ordinal);
        var draft = (await host.Services.GetRequiredService<ProtocolDraftService>().GetAsync(host.MeetingId, CancellationToken.None)).Protocol;
        Assert.Contains(new MeetingBot.Core.Protocols.Participant("Kristina Magnusson", "Bjuv"), draft.Present);
        Assert.Contains(new MeetingBot.Core.Protocols.Participant("Maria Lind", "Klippan (ersättare för Tomas Rikse)"), draft.Present);
        Assert.Contains(new MeetingBot.Core.Protocols.Participant("Tomas Rikse", "Klippan"), draft.Absent);
        Assert.Contains(new MeetingBot.Core.Protocols.Participant("Åsa Simonsson", "Svalöv"), draft.Absent);
        Assert.Equal(2, draft.Absent.Count);
        Assert.DoesNotContain(draft.Present, p => p.Name == "Tomas Rikse");

        // Finalising (on the draft in that chat) numbers it and offers the Word file through a signed link.
        var finalised = await host.PressAsync(FlowHost.Secretary, FlowHost.Secretary.PersonalChatId, CardVerbs.Finalise, Meeting(host));
        var card = Texts(finalised["value"]!);
        Assert.Contains("Fastställt", card, StringComparison.Ordinal);
        var final = await host.Services.GetRequiredService<ProtocolDraftService>().GetAsync(host.MeetingId, CancellationToken.None);
        Assert.Equal(DraftState.Finalised, final.State);
        Assert.Equal(host.MeetingDate.Year == 2025 ? 6 : 1, final.Protocol.Number);
        var link = System.Text.RegularExpressions.Regex.Match(card, @"\((http://[^)]+)\)").Groups[1].Value;
        using var download = await host.GetAsync(new Uri(link));
        Assert.Equal(System.Net.HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(RenderedProtocol.DocxContentType, download.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Press_DeliveredTwice_SecondGetsTheSameViewRebuiltAndTheCardIsNotKept()
    {
        await using var host = await FlowHost.StartAsync();
        var data = Meeting(host);
        data[CardInputs.Substitute] = "Maria Lind";
        const string id = "f:delivered-twice";

        var first = await host.PressAsync(FlowHost.Tomas, FlowHost.Tomas.PersonalChatId, CardVerbs.Decline, data.DeepClone().AsObject(), id);
        var second = await host.PressAsync(FlowHost.Tomas, FlowHost.Tomas.PersonalChatId, CardVerbs.Decline, data, id);

        Assert.Contains("Ditt svar: Förhinder (ersättare: Maria Lind)", Texts(first["value"]!), StringComparison.Ordinal);
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.Equal(1, await RepliesAsync(host, FlowHost.Tomas.Email));
        await using var db = host.Services.GetRequiredService<IDbContextFactory<MeetingBotDbContext>>().CreateDbContext();
        var kept = await db.Set<ProcessedActivityRow>().SingleAsync(r => r.ActivityId == id);
        Assert.Equal(200, kept.InvokeStatus);
        Assert.Null(kept.InvokeBody);
    }

    [Fact]
    public async Task Press_DeliveredAgainAfterALaterAnswer_GetsTheViewAsItNowStandsAndRecordsNothing()
    {
        await using var host = await FlowHost.StartAsync();
        const string id = "f:delivered-late";
        await host.PressAsync(FlowHost.Kristina, FlowHost.Kristina.PersonalChatId, CardVerbs.Accept, Meeting(host), id);
        await host.PressAsync(FlowHost.Kristina, FlowHost.Kristina.PersonalChatId, CardVerbs.Decline, Meeting(host));

        var again = await host.PressAsync(FlowHost.Kristina, FlowHost.Kristina.PersonalChatId, CardVerbs.Accept, Meeting(host), id);

        Assert.Contains("Ditt svar: Förhinder", Texts(again["value"]!), StringComparison.Ordinal);
        Assert.Equal(2, await RepliesAsync(host, FlowHost.Kristina.Email));
    }

    [Fact]
    public async Task Press_SomeoneNotOnTheRoster_IsRefusedPolitelyAndNothingIsStored()
    {
        await using var host = await FlowHost.StartAsync();

        var response = await host.PressAsync(FlowHost.Stranger, FlowHost.Stranger.PersonalChatId, CardVerbs.Accept, Meeting(host));

        Assert.Equal("application/vnd.microsoft.activity.message", (string?)response["type"]);
        Assert.Contains("finns inte i kommundirektörsgruppens medlemslista", (string?)response["value"], StringComparison.Ordinal);
        await using var db = host.Services.GetRequiredService<IDbContextFactory<MeetingBotDbContext>>().CreateDbContext();
        Assert.Equal(0, await db.AttendanceReplies.CountAsync());
    }

    [Fact]
    public async Task Message_SecretariatCommandFromAMember_ExplainsWhoMayRunIt()
    {
        await using var host = await FlowHost.StartAsync();

        await host.SayAsync(FlowHost.Kristina, $"dagordning {host.MeetingDateText}");

        await host.Teams.WaitForAsync(c => IsReplyContaining(c, "till för sekretariatet"));
        Assert.DoesNotContain(host.Teams.Calls, c => c.Body?["attachments"] is not null);
    }

    [Fact]
    public async Task Message_MyMeetings_ListsTheMembersAnswer()
    {
        await using var host = await FlowHost.StartAsync();
        await host.PressAsync(FlowHost.Kristina, FlowHost.Kristina.PersonalChatId, CardVerbs.Accept, Meeting(host));

        await host.SayAsync(FlowHost.Kristina, "mina möten");

        var reply = await host.Teams.WaitForAsync(c => IsReplyContaining(c, "Dina kommande möten"));
        Assert.Contains($"{host.MeetingDateText} 08:30, Mindpark, Bredgatan 11, Helsingborg: du kommer", (string?)reply.Body!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_PastedAgenda_ReplacesTheItemsAndRepliesWithTheForm()
    {
        await using var host = await FlowHost.StartAsync();

        await host.SayAsync(FlowHost.Secretary, $"ändra dagordning {host.MeetingDateText}\n1. Föregående protokoll\nFöredragande: Christian Dahlmann, sekretariatet\n2. Idrottsgala 2026\nSammanfattning: Planeringen inför galan.");

        var reply = await host.Teams.WaitForAsync(c => IsReplyContaining(c, "Dagordningen har nu"));
        Assert.Contains("Dagordningen har nu 2 punkter.", (string?)reply.Body!["text"], StringComparison.Ordinal);
        Assert.Contains(AgendaEditCard.EditTitle(2), Texts(reply.Body!["attachments"]![0]!["content"]!), StringComparison.Ordinal);
        var meeting = await host.Services.GetRequiredService<MeetingService>().GetAsync(host.MeetingId, CancellationToken.None);
        Assert.Equal(["Föregående protokoll", "Idrottsgala 2026"], meeting!.Agenda.Select(i => i.Title));
    }

    [Fact]
    public async Task Press_AgendaFormMove_ReordersAndAnswersWithTheForm()
    {
        await using var host = await FlowHost.StartAsync();
        var data = Meeting(host);
        data[CardInputs.Item] = 2;
        data[AgendaEditInputs.To] = 1;

        var response = await host.PressAsync(FlowHost.Secretary, FlowHost.Secretary.PersonalChatId, AgendaEditVerbs.Move, data);

        Assert.Contains("Ändra dagordning", Texts(response["value"]!), StringComparison.Ordinal);
        var meeting = await host.Services.GetRequiredService<MeetingService>().GetAsync(host.MeetingId, CancellationToken.None);
        Assert.Equal(SeedFixture.Protocol.Items[1].Title, meeting!.Agenda[0].Title);
    }

    [Fact]
    public async Task Download_LinkWithAlteredMeeting_IsForbidden()
    {
        await using var host = await FlowHost.StartAsync();
        var links = host.Services.GetRequiredService<MeetingBot.Bot.Downloads.ProtocolLinks>();
        var link = links.For(host.MeetingId, ProtocolFormat.Markdown).ToString();

        using var good = await host.GetAsync(new Uri(link));
        using var altered = await host.GetAsync(new Uri(link.Replace($"/protocols/{host.MeetingId}/", $"/protocols/{host.MeetingId + 1}/", StringComparison.Ordinal)));

        Assert.Equal(System.Net.HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, altered.StatusCode);
    }

    private static async Task<int> RepliesAsync(FlowHost host, string email)
    {
        await using var db = host.Services.GetRequiredService<IDbContextFactory<MeetingBotDbContext>>().CreateDbContext();
        var member = await db.Members.SingleAsync(m => m.Email == email);
        return await db.AttendanceReplies.CountAsync(r => r.MeetingId == host.MeetingId && r.MemberId == member.Id);
    }
}
