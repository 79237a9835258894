using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Schema;
using MeetingBot.BotFramework.Tests.TestSupport;

namespace MeetingBot.BotFramework.Tests.Schema;

/// <summary>The three invoke-response shapes of F4, built by the factories.</summary>
public sealed class InvokeResponseTests
{
    private static JsonNode Fixture(int index) => JsonNode.Parse(Payloads.Read("f4-invoke-responses"))![index]!;

    private static JsonNode Body(InvokeResponse response) => JsonNode.Parse(response.Json)!;

    [Fact]
    public void Card_AdaptiveCard_MatchesF4()
    {
        var card = System.Text.Encoding.UTF8.GetBytes(Fixture(0)["value"]!.ToJsonString());

        var response = InvokeResponse.Card(card);

        Assert.Equal(200, response.Status);
        Assert.True(JsonNode.DeepEquals(Fixture(0), Body(response)));
    }

    [Fact]
    public void Message_Toast_MatchesF4()
    {
        Assert.True(JsonNode.DeepEquals(Fixture(1), Body(InvokeResponse.Message("Your request was recorded."))));
    }

    [Fact]
    public void Error_BadRequest_MatchesF4()
    {
        Assert.True(JsonNode.DeepEquals(Fixture(2), Body(InvokeResponse.Error(400, "BadRequest", "Missing action property"))));
    }
}
