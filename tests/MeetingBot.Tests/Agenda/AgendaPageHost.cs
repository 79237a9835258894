using MeetingBot.Core.Roster;
using MeetingBot.Hosting;
using MeetingBot.Meetings;
using MeetingBot.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Agenda;

/// <summary>
/// The real host on a loopback port with a SQLite database of its own, holding the seed protocol,
/// its people as the roster and the 2026 series in the local calendar (10 meetings, no agendas yet).
/// </summary>
public sealed class AgendaPageHost : IAsyncLifetime
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "meetingbot-agenda-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;

    public IServiceProvider Services => app!.Services;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        app = MeetingBotHost.Build([
            "--urls", "http://127.0.0.1:0",
            "--environment", "Development",
            $"--Storage:DataDirectory={dataDirectory}",
            "--Calendar:Location=Mindpark, Bredgatan 11, Helsingborg",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        await Services.GetRequiredService<ProtocolStore>().SaveAsync(SeedFixture.Protocol, CancellationToken.None);
        var roster = ProtocolRoster.Members(SeedFixture.Protocol).Select(m => m with { Email = m.Name.Replace(' ', '.').ToLowerInvariant() + "@example.se" });
        await Services.GetRequiredService<RosterStore>().UpsertAsync([.. roster], CancellationToken.None);
        await Services.GetRequiredService<MeetingService>().CreateSeriesAsync(2026, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
