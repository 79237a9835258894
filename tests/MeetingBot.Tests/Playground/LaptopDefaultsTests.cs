using MeetingBot.Cli;

namespace MeetingBot.Tests.Playground;

public sealed class LaptopDefaultsTests
{
    private static readonly Func<string, string?> Unconfigured = _ => null;

    [Fact]
    public void Apply_NoEnvironmentNamed_RunsDevelopmentOnLocalhost5000WithSample()
    {
        var args = LaptopDefaults.Apply([], loadSample: true, Unconfigured);

        Assert.Equal("Development", args[Array.IndexOf(args, "--environment") + 1]);
        Assert.Equal("http://localhost:5000", args[Array.IndexOf(args, "--urls") + 1]);
        Assert.Contains("--Playground:SampleDataDefault=true", args);
    }

    [Theory]
    [InlineData("ASPNETCORE_ENVIRONMENT")]
    [InlineData("DOTNET_ENVIRONMENT")]
    public void Apply_EnvironmentVariableSet_LeavesEnvironmentAndUrlsAlone(string variable)
    {
        var args = LaptopDefaults.Apply([], loadSample: true, name => name == variable ? "Production" : null);

        Assert.DoesNotContain("--environment", args);
        Assert.DoesNotContain("--urls", args);
    }

    [Fact]
    public void Apply_UrlsGiven_KeepsThemAndStillDefaultsToDevelopment()
    {
        var args = LaptopDefaults.Apply(["--urls", "http://127.0.0.1:0"], loadSample: false, Unconfigured);

        Assert.Single(args, "--urls");
        Assert.Equal("http://127.0.0.1:0", args[^1]);
        Assert.Contains("--environment", args);
        Assert.Contains("--Playground:SampleData=false", args);
    }

    [Theory]
    [InlineData("http://localhost:5000", true)]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("http://0.0.0.0:5000", false)]
    [InlineData("http://[::]:5000", false)]
    [InlineData("http://+:80", false)]
    [InlineData("http://*:80", false)]
    [InlineData("http://meetingbot.example:80", false)]
    public void IsLoopback_ServerAddress_OnlyLoopbackPasses(string address, bool loopback) =>
        Assert.Equal(loopback, MeetingBot.Playground.DevelopmentBindingGuard.IsLoopback(address));
}
