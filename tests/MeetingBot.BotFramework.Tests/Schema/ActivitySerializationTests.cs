using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Tests.TestSupport;

namespace MeetingBot.BotFramework.Tests.Schema;

/// <summary>The spec's real payloads read into the typed model, and unknown fields survive a round trip.</summary>
public sealed class ActivitySerializationTests
{
    private static Activity Read(string fixture) => JsonSerializer.Deserialize(Payloads.Read(fixture), BotJsonContext.Default.Activity)!;

    [Theory]
    [InlineData("f1-personal-message")]
    [InlineData("f2-channel-thread-mention")]
    [InlineData("f3-adaptive-card-action-invoke")]
    [InlineData("f5-bot-added-to-team")]
    [InlineData("f6-bot-added-to-personal-chat")]
    [InlineData("f7-installation-update-add")]
    public void Serialize_Fixture_RoundTripsEveryField(string fixture)
    {
        var original = Payloads.Node(fixture);

        var roundTripped = JsonNode.Parse(JsonSerializer.Serialize(Read(fixture), BotJsonContext.Default.Activity))!.AsObject();

        // Timestamps are typed: same instant, but written as +00:00 rather than Z.
        foreach (var field in new[] { "timestamp" })
        {
            if (original[field] is { } value)
            {
                Assert.Equal(DateTimeOffset.Parse((string)value!, System.Globalization.CultureInfo.InvariantCulture), (DateTimeOffset)roundTripped[field]!);
                original.Remove(field);
                roundTripped.Remove(field);
            }
        }

        Assert.True(JsonNode.DeepEquals(original, roundTripped), roundTripped.ToJsonString());
    }

    [Fact]
    public void Deserialize_PersonalMessage_TypesIdentityAndTenant()
    {
        var activity = Read("f1-personal-message");

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("7faf8ab2-3d56-4244-b585-20c8a42ed2b8", activity.From!.AadObjectId);
        Assert.Equal("personal", activity.Conversation!.ConversationType);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", activity.TenantId);
        Assert.Equal("text/html", activity.Attachments![0].ContentType);
        Assert.Equal(new DateTimeOffset(2017, 2, 1, 21, 10, 7, 437, TimeSpan.Zero), activity.Timestamp);
    }

    [Fact]
    public void Deserialize_ChannelThreadMessage_TypesTeamChannelAndMention()
    {
        var activity = Read("f2-channel-thread-mention");

        Assert.Equal("19:6848757105754c8981c67612732d9aa7@thread.tacv2", activity.ChannelData!.Channel!.Id);
        Assert.Equal("19:66P469zibfbsGI-_a0aN_toLTZpyzS6u7CT3TsXdgPw1@thread.tacv2", activity.ChannelData.Team!.Id);
        Assert.Equal("50612dbb-0237-4969-b378-8d42590f9c00", activity.Conversation!.TenantId);
        var mention = activity.Entities!.Single(e => e.Type == "mention");
        Assert.Equal("<at>ridotest</at>", mention.Text);
        Assert.Equal(activity.Recipient!.Id, mention.Mentioned!.Id);
    }

    [Fact]
    public void Deserialize_AdaptiveCardInvoke_KeepsNameValueAndUnknownFields()
    {
        var activity = Read("f3-adaptive-card-action-invoke");

        Assert.Equal(InvokeNames.AdaptiveCardAction, activity.Name);
        Assert.Equal("test invokes", activity.Value!.Value.GetProperty("action").GetProperty("data").GetProperty("feedback").GetString());
        Assert.Equal("America/Los_Angeles", activity.ExtensionData!["localTimezone"].GetString());
        Assert.True(activity.ChannelData!.ExtensionData!.ContainsKey("legacy"));
    }

    [Fact]
    public void Deserialize_InstallationUpdate_TypesActionAndChannelData()
    {
        var activity = Read("f7-installation-update-add");

        Assert.Equal(InstallationActions.Add, activity.Action);
        Assert.Equal("sample team ID", activity.ChannelData!.Team!.Id);
        Assert.Equal("sample tenant ID", activity.TenantId);
    }

    [Fact]
    public void Deserialize_BotAddedToPersonalChat_ListsBotAndUser()
    {
        var activity = Read("f6-bot-added-to-personal-chat");

        Assert.Equal(["28:f5d48856-5b42-41a0-8c3a-c5f944b679b0", "29:<userID>"], activity.MembersAdded!.Select(m => m.Id));
    }

    [Fact]
    public void CreateReply_PersonalMessage_HasF9Shape()
    {
        var reply = Read("f1-personal-message").CreateReply("My bot's reply");

        var json = JsonNode.Parse(JsonSerializer.Serialize(reply, BotJsonContext.Default.Activity))!.AsObject();
        var f9 = Payloads.Node("f9-bot-reply");
        Assert.Equal(f9.Select(p => p.Key).Order(), json.Select(p => p.Key).Order());
        Assert.Equal("28:c9e8c047-2a74-40a2-b28a-b162d5f5327c", (string?)json["from"]!["id"]);
        Assert.Equal("1485983408511", (string?)json["replyToId"]);
    }

    [Fact]
    public void Deserialize_CreateConversationRequest_ReadsF8()
    {
        var parameters = JsonSerializer.Deserialize(Payloads.Read("f8-create-conversation-request"), BotJsonContext.Default.ConversationParameters)!;

        Assert.Equal("29:012d20j1cjo20211", parameters.Members!.Single().Id);
        Assert.Equal("197231joe-1209j01821-012kdjoj", parameters.ChannelData!.Tenant!.Id);
    }
}
