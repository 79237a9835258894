using System.Text.Json.Nodes;
using MeetingBot.Bot;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Roster;
using MeetingBot.Meetings;
using MeetingBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Bot;

/// <summary>
/// Issue 13, item 5: the group's language, not the client's. Activities carry <c>locale: en-US</c>,
/// as Microsoft's emulator and many Swedish officials' Teams clients send; the bot still speaks
/// Swedish, until a member chooses English for themselves.
/// </summary>
public sealed class LanguageFlowTests
{
    private static readonly TeamsUser SharedIdentity = new("Sekretariatet", "29:1sekretariatet", "aad-sekretariatet", "sekretariatet@familjenhelsingborg.se");

    private static JsonObject Meeting(FlowHost host) => CardInputs.MeetingData(host.MeetingId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string? Text(ConnectorCall call) => (string?)call.Body?["text"];

    /// <summary>Every string in a JSON payload, decoded: serialised JSON escapes å, ä and ö.</summary>
    private static string Texts(JsonNode? node) => node switch
    {
        JsonObject o => string.Join("\n", o.Select(p => Texts(p.Value))),
        JsonArray a => string.Join("\n", a.Select(Texts)),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => string.Empty,
    };

    private static async Task<FlowHost> StartInEnglishClientAsync()
    {
        var host = await FlowHost.StartAsync();
        host.Locale = "en-US";
        return host;
    }

    [Fact]
    public async Task EnUsLocale_HelpAndCards_AreSwedish()
    {
        await using var host = await StartInEnglishClientAsync();

        await host.SayAsync(FlowHost.Kristina, "hjälp");
        var help = Text(await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Jag svarar på frågor", StringComparison.Ordinal) == true));
        Assert.Contains("Till exempel:\n\n- Vad beslutades om idrottsgalan?\n- Vad sa vi om SKR", help, StringComparison.Ordinal);
        Assert.Contains("\"språk engelska\"", help, StringComparison.Ordinal);

        var decline = Meeting(host);
        decline[CardInputs.Comment] = "Krockar med kommunstyrelsen";
        var agenda = Texts((await host.PressAsync(FlowHost.Tomas, FlowHost.Tomas.PersonalChatId, CardVerbs.Decline, decline))["value"]);
        Assert.Contains("Ditt svar: Förhinder", agenda, StringComparison.Ordinal);
        Assert.Contains("Ändra förhinder", agenda, StringComparison.Ordinal);
        Assert.Contains("Svar: 0 kommer, 1 förhinder,", agenda, StringComparison.Ordinal);
        Assert.DoesNotContain("apolog", agenda, StringComparison.OrdinalIgnoreCase);

        await host.SayAsync(FlowHost.Secretary, $"närvaro {host.MeetingDateText}");
        var attendance = Texts((await host.Teams.WaitForAsync(c => Texts(c.Body).Contains("Närvaro: ", StringComparison.Ordinal)))!.Body);
        Assert.Contains("Svar: 0 kommer, 1 förhinder,", attendance, StringComparison.Ordinal);
        Assert.Contains("Tomas Rikse (kommentar: Krockar med kommunstyrelsen)", attendance, StringComparison.Ordinal);
        Assert.Contains("Skapa protokollutkast", attendance, StringComparison.Ordinal);

        await host.SayAsync(FlowHost.Secretary, $"protokollutkast {host.MeetingDateText}");
        var draft = Texts((await host.Teams.WaitForAsync(c => Texts(c.Body).Contains("Protokollutkast: ", StringComparison.Ordinal)))!.Body);
        Assert.Contains("Mötet beslutar", draft, StringComparison.Ordinal);
        Assert.Contains("Närvarande", draft, StringComparison.Ordinal);
        Assert.Contains("Anmält förhinder", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("Protocol draft", draft, StringComparison.Ordinal);

        var toast = await host.PressAsync(FlowHost.Kristina, FlowHost.Kristina.PersonalChatId, "no-such-verb", Meeting(host));
        Assert.Equal(BotReplies.Swedish.UnknownAction, (string?)toast["value"]);
    }

    [Fact]
    public async Task LanguageEnglish_ThatMembersCardsAndMessages_AreEnglishAndGrammatical()
    {
        await using var host = await FlowHost.StartAsync();

        await host.SayAsync(FlowHost.Kristina, "språk engelska");
        await host.Teams.WaitForAsync(c => Text(c) == "I will write to you in English from now on.");

        var decline = Meeting(host);
        var own = Texts((await host.PressAsync(FlowHost.Kristina, FlowHost.Kristina.PersonalChatId, CardVerbs.Decline, decline))["value"]);
        Assert.Contains("Answers: 0 attending, 1 apology, ", own, StringComparison.Ordinal);
        Assert.Contains("Your answer: Apologies", own, StringComparison.Ordinal);
        Assert.Contains("Change my apologies", own, StringComparison.Ordinal);

        var tomas = Texts((await host.PressAsync(FlowHost.Tomas, FlowHost.Tomas.PersonalChatId, CardVerbs.Decline, Meeting(host)))["value"]);
        Assert.Contains("Svar: 0 kommer, 2 förhinder, ", tomas, StringComparison.Ordinal);

        var refreshed = Texts((await host.PressAsync(FlowHost.Kristina, FlowHost.Kristina.PersonalChatId, CardVerbs.RefreshAgenda, Meeting(host)))["value"]);
        Assert.Contains("Answers: 0 attending, 2 apologies, ", refreshed, StringComparison.Ordinal);

        await host.SayAsync(FlowHost.Kristina, "mina möten");
        var mine = Text(await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Your coming meetings:", StringComparison.Ordinal) == true));
        Assert.Contains(": apologies\n\nAnswer on the agenda's card", mine, StringComparison.Ordinal);
        Assert.Contains("- " + CardTexts.English.Date(host.MeetingDate) + " ", mine, StringComparison.Ordinal);
        Assert.DoesNotContain(host.MeetingDateText, mine, StringComparison.Ordinal);

        // The channel's card, which the whole team reads, stays Swedish.
        await host.SayInChannelAsync(FlowHost.Secretary, $"dagordning {host.MeetingDateText}");
        await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Dagordningen för", StringComparison.Ordinal) == true);
        var posted = host.Teams.Calls.Where(c => c.Body?["attachments"] is not null && c.Method is "POST" or "PUT").ToList();
        Assert.Contains("Svar: 0 kommer, 2 förhinder", Texts(posted.Last(c => c.Path.Contains(FlowHost.ChannelId, StringComparison.Ordinal)).Body), StringComparison.Ordinal);
        Assert.Contains("Answers: 0 attending, 2 apologies", Texts(posted.Last(c => c.Path.Contains(FlowHost.Kristina.PersonalChatId, StringComparison.Ordinal)).Body), StringComparison.Ordinal);
        Assert.Contains("Svar: 0 kommer, 2 förhinder", Texts(posted.Last(c => c.Path.Contains(FlowHost.Tomas.PersonalChatId, StringComparison.Ordinal)).Body), StringComparison.Ordinal);

        await host.SayAsync(FlowHost.Kristina, "språk svenska");
        await host.Teams.WaitForAsync(c => Text(c) == "Jag skriver till dig på svenska från och med nu.");
        var back = Texts((await host.PressAsync(FlowHost.Kristina, FlowHost.Kristina.PersonalChatId, CardVerbs.RefreshAgenda, Meeting(host)))["value"]);
        Assert.Contains("Svar: 0 kommer, 2 förhinder, ", back, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageEnglish_Question_AnswerAndCardAreEnglishAroundTheQuotedSwedishDecision()
    {
        await using var host = await StartInEnglishClientAsync();
        await host.SayAsync(FlowHost.Kristina, "språk engelska");
        await host.Teams.WaitForAsync(c => Text(c) == "I will write to you in English from now on.");

        await host.SayAsync(FlowHost.Kristina, "Vad beslutades om idrottsgalan?");
        var reply = await host.Teams.WaitForAsync(c => c.Body?["attachments"] is not null && Text(c)?.Contains("Idrottsgala", StringComparison.Ordinal) == true);

        Assert.StartsWith("This is what the meeting decided:", Text(reply), StringComparison.Ordinal);
        var card = Texts(reply.Body!["attachments"]);
        Assert.Contains("Answer from the decision register", card, StringComparison.Ordinal);
        Assert.Contains("Protocol no. 5 2025, § 7, 13 June 2025", card, StringComparison.Ordinal);
        Assert.Contains("The meeting decided", card, StringComparison.Ordinal);
        Assert.Contains("Open protocol no. 5 2025", card, StringComparison.Ordinal);
        Assert.Contains("att tacka för informationen", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Svar från beslutsregistret", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Mötet beslutade", card, StringComparison.Ordinal);

        // Someone who did not choose English still reads the group's Swedish, whatever their client says.
        await host.SayAsync(FlowHost.Tomas, "Vad beslutades om idrottsgalan?");
        var swedish = await host.Teams.WaitForAsync(c => c.Body?["attachments"] is not null && Text(c)?.StartsWith("Så här beslutade mötet:", StringComparison.Ordinal) == true);
        Assert.Contains("Svar från beslutsregistret", Texts(swedish.Body!["attachments"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Press_DomainError_ShowsSwedishTextNotTheException()
    {
        await using var host = await StartInEnglishClientAsync();
        var data = Meeting(host);
        data[CardInputs.Item] = 99;
        data[CardInputs.Decisions(99)] = "att tacka för informationen";

        var refused = await host.PressAsync(FlowHost.Secretary, FlowHost.Secretary.PersonalChatId, CardVerbs.EnterDecisions, data);
        var unknown = await host.PressAsync(FlowHost.Secretary, FlowHost.Secretary.PersonalChatId, CardVerbs.CreateDraft, CardInputs.MeetingData("987654"));

        Assert.Equal("Det gick inte: dagordningen har ingen punkt 99.", (string?)refused["value"]);
        Assert.Equal(BotReplies.Swedish.Failed, (string?)unknown["value"]);
        Assert.StartsWith("Det gick inte, och ingenting ändrades.", BotReplies.Swedish.Failed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SharedSecretariat_PressingAnswer_IsNeitherCountedNorListedNorReminded()
    {
        await using var host = await FlowHost.StartAsync();
        await host.Services.GetRequiredService<RosterStore>().UpsertAsync(
            [new Member(SharedIdentity.Name, ProtocolRoster.SecretariatOrganisation, SharedIdentity.Email, MemberRole.Secretariat)], CancellationToken.None);
        await using (var db = host.Services.GetRequiredService<IDbContextFactory<MeetingBotDbContext>>().CreateDbContext())
        {
            var row = await db.Members.SingleAsync(m => m.Email == SharedIdentity.Email);
            row.AadObjectId = SharedIdentity.AadObjectId;
            await db.SaveChangesAsync();
        }

        var before = (await host.Services.GetRequiredService<AttendanceService>().GetAsync(host.MeetingId, CancellationToken.None))!.Tally;
        var accept = await host.PressAsync(SharedIdentity, SharedIdentity.PersonalChatId, CardVerbs.Accept, Meeting(host));
        var decline = await host.PressAsync(SharedIdentity, SharedIdentity.PersonalChatId, CardVerbs.Decline, Meeting(host));

        Assert.Equal(BotReplies.Swedish.NotAnAttendee, (string?)accept["value"]);
        Assert.Equal(BotReplies.Swedish.NotAnAttendee, (string?)decline["value"]);
        var attendance = (await host.Services.GetRequiredService<AttendanceService>().GetAsync(host.MeetingId, CancellationToken.None))!;
        Assert.Equal(before, attendance.Tally);
        Assert.DoesNotContain(attendance.Members, m => m.Member.Name == SharedIdentity.Name);
        var draft = await host.Services.GetRequiredService<ProtocolDraftService>().GetAsync(host.MeetingId, CancellationToken.None);
        Assert.DoesNotContain(draft.Protocol.Present.Concat(draft.Protocol.Absent), p => p.Name == SharedIdentity.Name);

        // It still runs the secretariat's commands; its reminder goes to attendees only.
        await host.SayAsync(SharedIdentity, $"påminn {host.MeetingDateText}");
        var summary = Text(await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Påminnelse skickad", StringComparison.Ordinal) == true));
        Assert.DoesNotContain(SharedIdentity.Name, summary, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Teams.Calls, c => c.Path.Contains(SharedIdentity.PersonalChatId, StringComparison.Ordinal) && Text(c)?.StartsWith("Påminnelse:", StringComparison.Ordinal) == true);
    }
    /// <summary>An English-speaking secretary's "skapa mötesserie" answer is English, dates included.</summary>
    [Fact]
    public async Task LanguageEnglish_CreateSeriesReply_IsEnglish()
    {
        await using var host = await FlowHost.StartAsync();
        await host.SayAsync(FlowHost.Secretary, "språk engelska");
        await host.Teams.WaitForAsync(c => Text(c) == "I will write to you in English from now on.");

        await host.SayAsync(FlowHost.Secretary, "skapa mötesserie 2026");
        var reply = await host.Teams.WaitForAsync(c => Text(c) is { } t
            && (t.StartsWith("Mötesserien", StringComparison.Ordinal) || t.Contains("series", StringComparison.OrdinalIgnoreCase)));

        var text = Text(reply)!;
        Assert.StartsWith("The 2026 meeting series is in the calendar: ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mötesserien", text, StringComparison.Ordinal);
        Assert.DoesNotMatch("januari|februari|mars|april|maj|juni|juli|augusti|oktober|december|nya|fanns", text);
    }
    /// <summary>The English summary of "dagordning" carries an English date, not "23 januari 2026".</summary>
    [Fact]
    public async Task LanguageEnglish_PostAgendaSummary_HasAnEnglishDate()
    {
        await using var host = await FlowHost.StartAsync();
        await host.SayAsync(FlowHost.Secretary, "språk engelska");
        await host.Teams.WaitForAsync(c => Text(c) == "I will write to you in English from now on.");

        await host.SayInChannelAsync(FlowHost.Secretary, $"dagordning {host.MeetingDateText}");
        var summary = Text(await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("The agenda for", StringComparison.Ordinal) == true));

        Assert.StartsWith($"The agenda for {CardTexts.English.Date(host.MeetingDate)} ", summary, StringComparison.Ordinal);
    }
}
