using MeetingBot.Bot;

namespace MeetingBot.Tests.Bot;

public sealed class GreetingHandlerTests
{
    [Theory]
    [InlineData("hej")]
    [InlineData("Hej!")]
    [InlineData("<at>MeetingBot</at> hej")]
    [InlineData("  HALLÅ. ")]
    public void IsGreeting_Greeting_IsTrue(string text) => Assert.True(GreetingHandler.IsGreeting(text));

    [Theory]
    [InlineData("hej då")]
    [InlineData("")]
    [InlineData(null)]
    public void IsGreeting_AnythingElse_IsFalse(string? text) => Assert.False(GreetingHandler.IsGreeting(text));
}
