using MeetingBot.AppPackage;
using MeetingBot.Cli;

namespace MeetingBot.Tests.AppPackage;

public sealed class AppPackageSettingsTests
{
    private const string BotId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    [Theory]
    [InlineData("https://meetingbot.example.org")]
    [InlineData("meetingbot.example.org/api")]
    [InlineData("meetingbot.example.org:443")]
    [InlineData("localhost")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_HostThatIsNotABareName_ThrowsNamingTheOption(string? host)
    {
        var ex = Assert.Throws<CliException>(() => AppPackageSettings.Parse(BotId, host, "1.0.0"));

        Assert.StartsWith("--host", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData(null)]
    public void Parse_BotIdThatIsNotAGuid_ThrowsNamingTheOption(string? botId)
    {
        var ex = Assert.Throws<CliException>(() => AppPackageSettings.Parse(botId, "meetingbot.example.org", "1.0.0"));

        Assert.StartsWith("--bot-id", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UpperCaseHost_IsLowerCased()
    {
        var settings = AppPackageSettings.Parse(BotId.ToUpperInvariant(), "MeetingBot.Example.ORG", "2.0.1");

        Assert.Equal(("meetingbot.example.org", Guid.Parse(BotId), "2.0.1"), (settings.Host, settings.BotId, settings.Version));
    }
}
