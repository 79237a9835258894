using MeetingBot.BotFramework.Connector;

namespace MeetingBot.BotFramework.Tests.Connector;

public sealed class ServiceUrlTrustTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("https://smba.trafficmanager.net/amer/50612dbb-0237-4969-b378-8d42590f9c00/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/")]
    public void IsTrusted_MicrosoftConnectorHostOverHttps_IsTrusted(string url)
    {
        Assert.True(new ServiceUrlTrust(allowLoopback: false).IsTrusted(new Uri(url)));
    }

    [Theory]
    [InlineData("http://smba.trafficmanager.net/teams/")]
    [InlineData("https://smba.trafficmanager.net:8443/teams/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/teams/")]
    [InlineData("https://example.com/")]
    [InlineData("http://127.0.0.1:5000/")]
    public void IsTrusted_AnythingElseOutsideDevelopment_IsNotTrusted(string url)
    {
        Assert.False(new ServiceUrlTrust(allowLoopback: false).IsTrusted(new Uri(url)));
    }

    [Fact]
    public void IsTrusted_ServiceUrlOfAnAuthenticatedActivity_IsTrusted()
    {
        var trust = new ServiceUrlTrust(allowLoopback: false);

        trust.Trust("https://europe.connector.example/emea/");

        Assert.True(trust.IsTrusted(new Uri("https://europe.connector.example/emea")));
        Assert.False(trust.IsTrusted(new Uri("https://europe.connector.example/amer/")));
    }

    [Fact]
    public void IsTrusted_LoopbackInDevelopment_IsTrusted()
    {
        Assert.True(new ServiceUrlTrust(allowLoopback: true).IsTrusted(new Uri("http://127.0.0.1:5000/amer/")));
    }
}
