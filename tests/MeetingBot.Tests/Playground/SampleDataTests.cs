using MeetingBot.Core.Roster;
using MeetingBot.Hosting;
using MeetingBot.Playground;
using MeetingBot.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Playground;

/// <summary>The sample data a first start loads, and the starts that must not load it.</summary>
public sealed class SampleDataTests : IDisposable
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "meetingbot-sample-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Start_EmptyDatabase_LoadsProtocolRosterWithFakeAddressesAndSecretariat()
    {
        await using var app = await StartAsync("Development", sample: true);

        var protocols = await app.Services.GetRequiredService<ProtocolStore>().ListAsync(CancellationToken.None);
        var people = await app.Services.GetRequiredService<PlaygroundPeople>().ListAsync(CancellationToken.None);

        Assert.Equal("5/2025", Assert.Single(protocols).Reference);
        Assert.Equal(13, people.Count);
        Assert.All(people, p => Assert.EndsWith("@exempel.invalid", p.Email, StringComparison.Ordinal));
        Assert.Equal("asa.simonsson@exempel.invalid", people.Single(p => p.Name == "Åsa Simonsson").Email);
        Assert.Equal(["Christian Dahlmann", "Sekretariatet"], people.Where(p => p.Role == MemberRole.Secretariat).Select(p => p.Name).Order());
        Assert.Equal(people.Count, people.Select(p => p.AadObjectId).Distinct().Count());
        await app.StopAsync();
    }

    [Fact]
    public async Task Start_Twice_KeepsTheSameIdentitiesAndAddsNothing()
    {
        IReadOnlyList<PlaygroundPerson> first;
        await using (var app = await StartAsync("Development", sample: true))
        {
            first = await app.Services.GetRequiredService<PlaygroundPeople>().ListAsync(CancellationToken.None);
            await app.StopAsync();
        }

        await using var again = await StartAsync("Development", sample: true);
        var second = await again.Services.GetRequiredService<PlaygroundPeople>().ListAsync(CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Single(await again.Services.GetRequiredService<ProtocolStore>().ListAsync(CancellationToken.None));
        await again.StopAsync();
    }

    [Theory]
    [InlineData("Development", false)]
    [InlineData("Production", true)]
    public async Task Start_NoSampleOrNotDevelopment_LeavesDatabaseEmpty(string environment, bool sample)
    {
        await using var app = await StartAsync(environment, sample);

        Assert.Empty(await app.Services.GetRequiredService<ProtocolStore>().ListAsync(CancellationToken.None));
        Assert.Empty(await app.Services.GetRequiredService<RosterStore>().ListAsync(CancellationToken.None));
        await app.StopAsync();
    }

    [Fact]
    public async Task Start_DevelopmentBoundBeyondLoopback_RefusesToStart()
    {
        await using var app = MeetingBotHost.Build(["--urls", "http://0.0.0.0:0", "--environment", "Development", $"--Storage:DataDirectory={dataDirectory}"]);

        var error = await Assert.ThrowsAsync<DevelopmentBindingException>(() => app.StartAsync());

        Assert.Contains("loopback", error.Message, StringComparison.Ordinal);
    }

    private async Task<WebApplication> StartAsync(string environment, bool sample)
    {
        var app = MeetingBotHost.Build([
            "--urls", "http://127.0.0.1:0", "--environment", environment, $"--Storage:DataDirectory={dataDirectory}",
            $"--Playground:SampleData={sample}", "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();
        return app;
    }

    public void Dispose()
    {
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
