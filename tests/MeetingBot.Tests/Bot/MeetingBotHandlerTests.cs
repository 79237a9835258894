using MeetingBot.Bot;

namespace MeetingBot.Tests.Bot;

public sealed class MeetingBotHandlerTests
{
    [Theory]
    [InlineData("hej")]
    [InlineData("Hej!")]
    [InlineData("<at>MeetingBot</at> hej")]
    [InlineData("  HALLÅ. ")]
    public void IsGreeting_Greeting_IsTrue(string text) => Assert.True(MeetingBotHandler.IsGreeting(text));

    [Theory]
    [InlineData("hej då")]
    [InlineData("")]
    [InlineData(null)]
    public void IsGreeting_AnythingElse_IsFalse(string? text) => Assert.False(MeetingBotHandler.IsGreeting(text));

    [Theory]
    [InlineData("hjälp")]
    [InlineData("<at>MeetingBot</at> Hjälp?")]
    public void IsHelp_HelpRequest_IsTrue(string text) => Assert.True(MeetingBotHandler.IsHelp(text));

    [Fact]
    public void IsHelp_Question_IsFalse() => Assert.False(MeetingBotHandler.IsHelp("Vad beslutades om hjälpmedel?"));
}
