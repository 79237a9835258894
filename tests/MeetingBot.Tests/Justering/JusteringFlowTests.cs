using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MeetingBot.Bot.Justering;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Justering;
using MeetingBot.Core.Scheduling;
using MeetingBot.Justering.Storage;
using MeetingBot.Scheduling;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using MeetingBot.Tests.Bot;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Justering;

/// <summary>
/// Justering through the real bot endpoint with signed tokens and the Connector fake: the secretariat
/// names three signatories and sends the finalised protocol; answers are bound to the PDF shown; a
/// change voids the approvals of the old version; the last approval makes it justerat with a signature page.
/// </summary>
public sealed partial class JusteringFlowTests
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string? Text(ConnectorCall call) => (string?)call.Body?["text"];

    private static string Json(JsonNode? node) => node?.ToJsonString(Readable) ?? string.Empty;

    private static JsonObject Data(FlowHost host, int version) => new() { [CardInputs.MeetingId] = host.MeetingId.ToString(System.Globalization.CultureInfo.InvariantCulture), [CardInputs.Version] = version };

    private static async Task<FlowHost> StartFinalisedAsync(params string[] configuration)
    {
        var host = await FlowHost.StartAsync(configuration.Length == 0 ? ["--Scheduling:Enabled=false"] : configuration);
        // A channel message first: the bot learns the team channel, and through it the members' Entra ids.
        await host.SayInChannelAsync(FlowHost.Secretary, $"justerare {host.MeetingDateText}: Kristina Magnusson, Tomas Rikse, Åsa Simonsson");
        await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Protokollet för mötet", StringComparison.Ordinal) == true);
        await host.SayAsync(FlowHost.Secretary, $"fastställ protokoll {host.MeetingDateText}");
        await host.Teams.WaitForAsync(c => Text(c)?.Contains("är fastställt och låst", StringComparison.Ordinal) == true);
        return host;
    }

    private static async Task<ConnectorCall> SendAsync(FlowHost host, int version)
    {
        await host.SayAsync(FlowHost.Secretary, $"skicka för justering {host.MeetingDateText}");
        try
        {
            return await host.Teams.WaitForAsync(c => Text(c)?.Contains($"(version {version}", StringComparison.Ordinal) == true);
        }
        catch (OperationCanceledException)
        {
            throw new InvalidOperationException(string.Join("\n", host.Teams.Calls.Select(c => c.Method + " " + c.Path + " " + Text(c))));
        }
    }

    private static ConnectorCall CardIn(FlowHost host, TeamsUser user, int version) =>
        host.Teams.Calls.Last(c => c.Method == "POST" && c.Path.Contains(user.PersonalChatId, StringComparison.Ordinal)
            && Json(c.Body?["attachments"]).Contains($"\"version\":{version}", StringComparison.Ordinal));

    private static Uri PdfLink(ConnectorCall card) => new(PdfUrl().Match(Json(card.Body)).Value);

    [Fact]
    public async Task Justering_ApproveChangeAndApproveAgain_BecomesJusteratWithSignaturePageInTheChannel()
    {
        await using var host = await StartFinalisedAsync();
        var store = host.Services.GetRequiredService<JusteringStore>();

        var sent = await SendAsync(host, 1);
        Assert.Contains("Kristina Magnusson, Tomas Rikse, Åsa Simonsson", Text(sent), StringComparison.Ordinal);
        var kristinasCard = CardIn(host, FlowHost.Kristina, 1);
        Assert.Contains("Begär ändring", Json(kristinasCard.Body), StringComparison.Ordinal);
        var pdf1 = await (await host.GetAsync(PdfLink(kristinasCard))).Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf1, 0, 4), StringComparison.Ordinal);

        var kristina = await host.PressAsync(FlowHost.Kristina, FlowHost.Kristina.PersonalChatId, CardVerbs.Approve, Data(host, 1));
        await host.PressAsync(FlowHost.Tomas, FlowHost.Tomas.PersonalChatId, CardVerbs.Approve, Data(host, 1));

        Assert.Contains("Du har justerat den här versionen.", Json(kristina), StringComparison.Ordinal);
        Assert.Contains("Åsa Simonsson\",\"value\":\"har inte svarat\"", Json(kristina), StringComparison.Ordinal);
        var answers = await store.AnswersAsync(host.MeetingId, CancellationToken.None);
        Assert.Equal(2, answers.Count);
        Assert.All(answers, a => Assert.Equal(DocumentHash.Sha256Hex(pdf1), a.DocumentSha256));

        var change = Data(host, 1);
        change[CardInputs.Comment] = "§ 3 ska säga 31 oktober, inte 30.";
        await host.PressAsync(FlowHost.Asa, FlowHost.Asa.PersonalChatId, CardVerbs.RequestChange, change);
        var toSecretariat = await host.Teams.WaitForAsync(c => c.Path.Contains(FlowHost.Secretary.PersonalChatId, StringComparison.Ordinal) && Text(c)?.Contains("begär ändring", StringComparison.Ordinal) == true);
        Assert.Contains("Åsa Simonsson", Text(toSecretariat), StringComparison.Ordinal);
        Assert.Contains("31 oktober, inte 30", Text(toSecretariat), StringComparison.Ordinal);

        // The secretariat corrects the protocol (a re-import replaces it and bumps its revision) and sends again.
        var protocols = host.Services.GetRequiredService<ProtocolStore>();
        var protocol = (await protocols.FindByMeetingAsync(host.MeetingId, CancellationToken.None))!;
        await protocols.SaveAsync(protocol with { Items = [.. protocol.Items.Select(i => i.Number == 3 ? i with { Summary = "Rättad: 31 oktober." } : i)] }, CancellationToken.None);
        var stale = await host.PressAsync(FlowHost.Kristina, FlowHost.Kristina.PersonalChatId, CardVerbs.Approve, Data(host, 1));
        Assert.Contains("har ändrats", Json(stale), StringComparison.Ordinal);

        var resent = await SendAsync(host, 2);
        Assert.Contains("Justeringar av tidigare versioner gäller inte längre.", Text(resent), StringComparison.Ordinal);
        var pdf2 = await (await host.GetAsync(PdfLink(CardIn(host, FlowHost.Kristina, 2)))).Content.ReadAsByteArrayAsync();
        Assert.NotEqual(DocumentHash.Sha256Hex(pdf1), DocumentHash.Sha256Hex(pdf2));
        var version2 = (await store.LatestVersionAsync(host.MeetingId, CancellationToken.None))!;
        Assert.Equal(DocumentHash.Sha256Hex(pdf2), version2.DocumentSha256);

        await host.SayAsync(FlowHost.Secretary, $"justering {host.MeetingDateText}");
        var status = await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Justering av protokoll nr", StringComparison.Ordinal) == true);
        Assert.Contains("Kristina Magnusson: har inte svarat", Text(status), StringComparison.Ordinal);

        await host.PressAsync(FlowHost.Kristina, FlowHost.Kristina.PersonalChatId, CardVerbs.Approve, Data(host, 2));
        await host.PressAsync(FlowHost.Tomas, FlowHost.Tomas.PersonalChatId, CardVerbs.Approve, Data(host, 2));
        var last = await host.PressAsync(FlowHost.Asa, FlowHost.Asa.PersonalChatId, CardVerbs.Approve, Data(host, 2));

        var justerat = await store.JusteratAsync(host.MeetingId, CancellationToken.None);
        Assert.NotNull(justerat);
        Assert.Equal(version2.Id, justerat.VersionId);
        Assert.False(justerat.Sealed);
        Assert.Contains("Öppna det justerade protokollet", Json(last), StringComparison.Ordinal);
        var channelCard = await host.Teams.WaitForAsync(c => c.Method == "POST" && c.Path.Contains(FlowHost.ChannelId, StringComparison.Ordinal)
            && Json(c.Body).Contains("är justerat", StringComparison.Ordinal));
        Assert.Contains("inte förseglad", Json(channelCard.Body), StringComparison.Ordinal);
        var final = await host.GetAsync(PdfLink(channelCard));
        Assert.Equal(HttpStatusCode.OK, final.StatusCode);
        var text = await Poppler.TextAsync(await final.Content.ReadAsByteArrayAsync());
        Assert.Contains("Underskriftssida", text, StringComparison.Ordinal);
        Assert.Contains("Åsa Simonsson", text, StringComparison.Ordinal);
        Assert.Contains("justerat i Microsoft Teams", text, StringComparison.Ordinal);
        Assert.Contains(version2.DocumentSha256[..16], text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Press_ByAMemberWhoIsNotASignatory_IsRefusedAndRecordsNothing()
    {
        await using var host = await StartFinalisedAsync();
        await SendAsync(host, 1);

        var response = await host.PressAsync(FlowHost.Secretary, FlowHost.Secretary.PersonalChatId, CardVerbs.Approve, Data(host, 1));

        Assert.Contains("inte utsedd att justera", Json(response), StringComparison.Ordinal);
        Assert.Empty(await host.Services.GetRequiredService<JusteringStore>().AnswersAsync(host.MeetingId, CancellationToken.None));
    }

    [Fact]
    public async Task SendForJustering_BeforeTheProtocolIsFinalised_IsRefusedWithTheWayForward()
    {
        await using var host = await FlowHost.StartAsync("--Scheduling:Enabled=false");

        await host.SayAsync(FlowHost.Secretary, $"skicka för justering {host.MeetingDateText}");

        var reply = await host.Teams.WaitForAsync(c => Text(c)?.Contains("inte fastställt", StringComparison.Ordinal) == true);
        Assert.Contains($"fastställ protokoll {host.MeetingDateText}", Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetSignatories_WithANameNotOnTheRoster_NamesItAndStoresNothing()
    {
        await using var host = await FlowHost.StartAsync("--Scheduling:Enabled=false");

        await host.SayAsync(FlowHost.Secretary, $"justerare {host.MeetingDateText}: Kristina Magnusson, Kalle Anka");

        var reply = await host.Teams.WaitForAsync(c => Text(c)?.Contains("Kalle Anka", StringComparison.Ordinal) == true);
        Assert.Contains("ingen i medlemslistan heter Kalle Anka", Text(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendForJustering_ByAMember_IsRefused()
    {
        await using var host = await StartFinalisedAsync();

        await host.SayAsync(FlowHost.Kristina, $"skicka för justering {host.MeetingDateText}");

        await host.Teams.WaitForAsync(c => Text(c)?.Contains("till för sekretariatet", StringComparison.Ordinal) == true);
        Assert.Null(await host.Services.GetRequiredService<JusteringStore>().LatestVersionAsync(host.MeetingId, CancellationToken.None));
    }

    [Fact]
    public async Task PdfLink_WithoutOrWithAWrongToken_Is404LikeAnUnknownProtocol()
    {
        await using var host = await StartFinalisedAsync();
        await SendAsync(host, 1);
        var link = PdfLink(CardIn(host, FlowHost.Kristina, 1));

        var valid = await host.GetAsync(link);
        var withoutToken = await host.GetAsync(new Uri(link.GetLeftPart(UriPartial.Path)));
        var wrongToken = await host.GetAsync(new Uri(link.AbsoluteUri.Replace("sig=", "sig=x", StringComparison.Ordinal)));
        var otherVersion = await host.GetAsync(new Uri(link.AbsoluteUri.Replace("version=1", "version=final", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        foreach (var refused in new[] { withoutToken, wrongToken, otherVersion })
        {
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.Empty(await refused.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task Reminder_AfterTheConfiguredDays_GoesOncePerVersionToThoseWhoHaveNotAnswered()
    {
        await using var host = await StartFinalisedAsync("--Justering:ReminderAfterDays=2");
        await SendAsync(host, 1);
        await host.PressAsync(FlowHost.Kristina, FlowHost.Kristina.PersonalChatId, CardVerbs.Approve, Data(host, 1));
        await SendAsync(host, 1);

        var key = JusteringReminders.KeyOf(host.MeetingId, 1);
        var version = (await host.Services.GetRequiredService<JusteringStore>().LatestVersionAsync(host.MeetingId, CancellationToken.None))!;
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<MeetingBotDbContext>>().CreateDbContextAsync())
        {
            var job = await db.Set<ScheduledJobRow>().SingleAsync(j => j.Kind == JobKind.RemindJustering);
            Assert.Equal(key, job.MeetingKey);
            Assert.Equal(version.CreatedAt.AddDays(2), job.DueAt);
            var now = TimeProvider.System.GetUtcNow().AddSeconds(-1);
            await db.Set<ScheduledJobRow>().Where(j => j.Id == job.Id).ExecuteUpdateAsync(u => u.SetProperty(j => j.DueAt, now).SetProperty(j => j.NextAttemptAt, now));
        }

        var runner = host.Services.GetRequiredService<ScheduledJobRunner>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await StateAsync(host) is JobState.Pending or JobState.Running)
        {
            await runner.TickAsync(timeout.Token);
            await Task.Delay(50, timeout.Token);
        }

        Assert.Equal(JobState.Done, await StateAsync(host));
        bool Reminded(TeamsUser user) => host.Teams.Calls.Any(c => c.Method == "POST" && c.Path.Contains(user.PersonalChatId, StringComparison.Ordinal) && Text(c) == RemindJusteringJob.Text);
        Assert.True(Reminded(FlowHost.Tomas));
        Assert.True(Reminded(FlowHost.Asa));
        Assert.False(Reminded(FlowHost.Kristina));
        Assert.Single(host.Teams.Calls, c => c.Path.Contains(FlowHost.Tomas.PersonalChatId, StringComparison.Ordinal) && Text(c) == RemindJusteringJob.Text);
    }

    private static async Task<JobState> StateAsync(FlowHost host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<MeetingBotDbContext>>().CreateDbContextAsync();
        return await db.Set<ScheduledJobRow>().Where(j => j.Kind == JobKind.RemindJustering).Select(j => j.State).SingleAsync();
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/protocols/\d+/pdf\?version=\w+&expires=\d+&sig=[A-Za-z0-9_-]+")]
    private static partial Regex PdfUrl();
}
