using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.Bot;
using MeetingBot.Core.Cards;

namespace MeetingBot.Tests.Bot;

/// <summary>
/// Absence comments (often health data) and signed download links reach only the secretary who asked,
/// in their personal chat; a channel or group chat they asked in only hears that they were answered.
/// </summary>
public sealed class PrivateReplyTests
{
    private const string HealthComment = "Sjukskriven efter operationen";

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static JsonObject Meeting(FlowHost host) => CardInputs.MeetingData(host.MeetingId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string? Text(ConnectorCall call) => (string?)call.Body?["text"];

    private static string Body(ConnectorCall call) => call.Body?.ToJsonString(Readable) ?? string.Empty;

    private static string PersonalChatPath => $"/emea/v3/conversations/{FlowHost.Secretary.PersonalChatId}/activities";

    private static async Task<FlowHost> StartWithApologiesAsync()
    {
        var host = await FlowHost.StartAsync();
        var decline = Meeting(host);
        decline[CardInputs.Comment] = HealthComment;
        await host.PressAsync(FlowHost.Tomas, FlowHost.Tomas.PersonalChatId, CardVerbs.Decline, decline);
        return host;
    }

    /// <summary>What the bot posted or changed in <paramref name="conversationId"/> (its member lookups are reads, not posts).</summary>
    private static List<ConnectorCall> Posts(FlowHost host, string conversationId) =>
        [.. host.Teams.Calls.Where(c => c.Method != "GET" && c.Path.Contains(conversationId, StringComparison.Ordinal))];

    [Theory]
    [InlineData("närvaro")]
    [InlineData("protokollutkast")]
    [InlineData("fastställ protokoll")]
    public async Task Message_SecretariatCommandInChannel_ChannelHearsOnlyThatTheAnswerIsPrivate(string command)
    {
        await using var host = await StartWithApologiesAsync();

        await host.SayInChannelAsync(FlowHost.Secretary, $"{command} {host.MeetingDateText}");

        var notice = await host.Teams.WaitForAsync(c => Text(c) == BotReplies.Swedish.AnsweredPrivately);
        var channel = Posts(host, FlowHost.ChannelId);
        Assert.Equal([notice], channel);
        Assert.Null(notice.Body!["attachments"]);
        Assert.DoesNotContain(HealthComment, Body(notice), StringComparison.Ordinal);
        Assert.DoesNotContain("Tomas Rikse", Body(notice), StringComparison.Ordinal);
        Assert.DoesNotContain("/protocols/", Body(notice), StringComparison.Ordinal);

        // No personal chat was known, so the bot opened one with the secretary (by Teams user id, the form the emulator also takes) and answered there.
        Assert.Contains(host.Teams.Calls, c => c.Method == "POST" && c.Path == "/emea/v3/conversations"
            && (string?)c.Body?["members"]?[0]?["id"] == FlowHost.Secretary.UserId);
        var answer = Assert.Single(host.Teams.Calls, c => c.Method == "POST" && c.Path == PersonalChatPath);
        Assert.NotNull(answer.Body!["attachments"]);
        Assert.Contains("Tomas Rikse", Body(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_AttendanceInChannel_CommentsOnlyInThePersonalChat()
    {
        await using var host = await StartWithApologiesAsync();

        await host.SayInChannelAsync(FlowHost.Secretary, $"närvaro {host.MeetingDateText}");

        await host.Teams.WaitForAsync(c => Text(c) == BotReplies.Swedish.AnsweredPrivately);
        var answer = Assert.Single(host.Teams.Calls, c => c.Method == "POST" && c.Path == PersonalChatPath);
        Assert.Contains(HealthComment, Body(answer), StringComparison.Ordinal);
        Assert.DoesNotContain(Posts(host, FlowHost.ChannelId), c => Body(c).Contains(HealthComment, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Message_FinaliseInChannel_DownloadLinkOnlyInThePersonalChat()
    {
        await using var host = await StartWithApologiesAsync();

        await host.SayInChannelAsync(FlowHost.Secretary, $"fastställ protokoll {host.MeetingDateText}");

        await host.Teams.WaitForAsync(c => Text(c) == BotReplies.Swedish.AnsweredPrivately);
        var answer = Assert.Single(host.Teams.Calls, c => c.Method == "POST" && c.Path == PersonalChatPath);
        Assert.Matches(@"Word-filen: <http://127\.0\.0\.1:\d+/protocols/\d+/document\?format=docx&expires=\d+&sig=", Text(answer));
        Assert.DoesNotContain(Posts(host, FlowHost.ChannelId), c => Body(c).Contains("/protocols/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Message_AttendanceInGroupChat_AnswersInTheKnownPersonalChat()
    {
        await using var host = await StartWithApologiesAsync();
        await host.SayAsync(FlowHost.Secretary, "hej");
        await host.Teams.WaitForAsync(c => Text(c) == BotReplies.Swedish.Greeting);

        await host.SayInGroupChatAsync(FlowHost.Secretary, $"närvaro {host.MeetingDateText}");

        var notice = await host.Teams.WaitForAsync(c => Text(c) == BotReplies.Swedish.AnsweredPrivately);
        Assert.Equal([notice], Posts(host, FlowHost.GroupChatId));
        var answer = Assert.Single(host.Teams.Calls, c => c.Method == "POST" && c.Path == PersonalChatPath && c.Body?["attachments"] is not null);
        Assert.Contains(HealthComment, Body(answer), StringComparison.Ordinal);
        Assert.DoesNotContain(host.Teams.Calls, c => c.Path == "/emea/v3/conversations");
    }

    [Fact]
    public async Task Message_AttendanceInChannelWhenThePersonalChatCannotBeOpened_PostsItNowhere()
    {
        await using var host = await StartWithApologiesAsync();
        host.Teams.NotInstalledFor[FlowHost.Secretary.UserId] = true;

        await host.SayInChannelAsync(FlowHost.Secretary, $"närvaro {host.MeetingDateText}");

        var notice = await host.Teams.WaitForAsync(c => Text(c) == BotReplies.Swedish.CannotAnswerPrivately);
        Assert.Equal([notice], Posts(host, FlowHost.ChannelId));
        Assert.DoesNotContain(host.Teams.Calls, c => c.Body?["attachments"] is not null);
        Assert.DoesNotContain(host.Teams.Calls, c => Body(c).Contains(HealthComment, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Message_AttendanceInPersonalChat_AnsweredRightThere()
    {
        await using var host = await StartWithApologiesAsync();

        await host.SayAsync(FlowHost.Secretary, $"närvaro {host.MeetingDateText}");

        var answer = await host.Teams.WaitForAsync(c => c.Method == "POST" && c.Body?["attachments"] is not null);
        Assert.StartsWith(PersonalChatPath, answer.Path, StringComparison.Ordinal);
        Assert.Contains(HealthComment, Body(answer), StringComparison.Ordinal);
        Assert.DoesNotContain(host.Teams.Calls, c => Text(c) == BotReplies.Swedish.AnsweredPrivately);
    }

    [Fact]
    public async Task Message_RemindInChannel_NamesOfThoseWhoHaveNotAnsweredOnlyInThePersonalChat()
    {
        await using var host = await StartWithApologiesAsync();

        await host.SayInChannelAsync(FlowHost.Secretary, $"påminn {host.MeetingDateText}");

        var notice = await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Jag skickar påminnelser", StringComparison.Ordinal) == true);
        await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Påminnelse skickad", StringComparison.Ordinal) == true);
        await host.WaitForRequestedJobsAsync();
        Assert.Equal([notice], Posts(host, FlowHost.ChannelId));
        Assert.Contains("privata chatt", Text(notice), StringComparison.Ordinal);
        var summary = Assert.Single(host.Teams.Calls, c => c.Method == "POST" && c.Path == PersonalChatPath
            && Text(c)?.StartsWith("Påminnelse skickad", StringComparison.Ordinal) == true);
        Assert.Contains(FlowHost.Kristina.Name, Text(summary), StringComparison.Ordinal);
        Assert.DoesNotContain(FlowHost.Kristina.Name, Body(notice), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CardVerbs.Download)]
    [InlineData(CardVerbs.Finalise)]
    public async Task Press_DraftLinkButtonInChannel_LinkOnlyInThePersonalChat(string verb)
    {
        await using var host = await StartWithApologiesAsync();

        var response = await host.PressAsync(FlowHost.Secretary, FlowHost.ChannelId, verb, Meeting(host));

        Assert.Equal("application/vnd.microsoft.activity.message", (string?)response["type"]);
        Assert.Equal(BotReplies.Swedish.AnsweredPrivately, (string?)response["value"]);
        var answer = Assert.Single(host.Teams.Calls, c => c.Method == "POST" && c.Path == PersonalChatPath);
        Assert.Contains("/protocols/", Body(answer), StringComparison.Ordinal);
        Assert.Empty(Posts(host, FlowHost.ChannelId));
    }
}
