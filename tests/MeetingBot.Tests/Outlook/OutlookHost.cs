using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Roster;
using MeetingBot.Hosting;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Outlook;

/// <summary>
/// The real host in Development on a loopback port with its own SQLite file: three roster members with
/// Entra object ids, a meeting a month ahead with a two-item agenda and one that started yesterday.
/// Dates are relative to now because the API answers by the real clock.
/// </summary>
public class OutlookHost : IAsyncLifetime
{
    public const string KristinaOid = "4f1c2a10-0000-4000-8000-00000000a001";
    public const string TomasOid = "4f1c2a10-0000-4000-8000-00000000a002";
    public const string StrangerOid = "4f1c2a10-0000-4000-8000-00000000ffff";

    private readonly string data = Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N"), "data");
    private WebApplication? app;

    public HttpClient Client { get; private set; } = null!;

    private readonly DateTimeOffset now = TimeProvider.System.GetUtcNow();

    public DateOnly UpcomingDate => DateOnly.FromDateTime(now.AddDays(30).UtcDateTime);

    public DateOnly StartedDate => DateOnly.FromDateTime(now.AddDays(-1).UtcDateTime);

    public int UpcomingId { get; private set; }

    public int StartedId { get; private set; }

    public virtual Task InitializeAsync() => StartAsync(["--environment", "Development"]);

    protected async Task StartAsync(string[] arguments)
    {
        app = MeetingBotHost.Build(["--urls", "http://127.0.0.1:0", $"--Storage:DataDirectory={data}", .. arguments]);
        await app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        await app.Services.GetRequiredService<RosterStore>().UpsertAsync(
            [
                new Member("Kristina Magnusson", "Helsingborg", "kristina.magnusson@helsingborg.se", MemberRole.Member),
                new Member("Tomas Rikse", "Höganäs", "tomas.rikse@hoganas.se", MemberRole.Member),
                new Member("Anna Höganäs", "Höganäs", "anna@hoganas.se", MemberRole.Member),
            ],
            CancellationToken.None);

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<MeetingBotDbContext>>().CreateDbContextAsync();
        (await db.Members.SingleAsync(m => m.Name == "Kristina Magnusson")).AadObjectId = KristinaOid;
        (await db.Members.SingleAsync(m => m.Name == "Tomas Rikse")).AadObjectId = TomasOid;
        var upcoming = Meeting(UpcomingDate, now.AddDays(30));
        upcoming.AgendaItems.Add(new AgendaItemRow { Position = 1, Number = 1, Title = "Mötets öppnande" });
        upcoming.AgendaItems.Add(new AgendaItemRow { Position = 2, Number = 2, Title = "Idrottsgalan 2026", Summary = "Förslag till upplägg.", Presenters = ["Kristina Magnusson"] });
        var started = Meeting(StartedDate, now.AddDays(-1));
        db.AddRange(upcoming, started);
        await db.SaveChangesAsync();
        (UpcomingId, StartedId) = (upcoming.Id, started.Id);
    }

    public async Task<string> TokenAsync(string oid)
    {
        using var response = await Client.PostAsync(new Uri($"/dev/outlook/token?oid={oid}", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
        return (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["access_token"]!;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await Client.SendAsync(request);
    }

    public T Service<T>()
        where T : notnull => app!.Services.GetRequiredService<T>();

    public virtual async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(data)!, recursive: true);
    }

    private static MeetingRow Meeting(DateOnly date, DateTimeOffset start) => new()
    {
        SeriesKey = "outlook-tests",
        Title = "Kommundirektörsgruppen",
        Date = date,
        StartLocal = new TimeOnly(9, 0),
        EndLocal = new TimeOnly(12, 0),
        TimeZoneId = "Europe/Stockholm",
        StartUtc = start,
        EndUtc = start.AddHours(3),
        Location = "Stadshuset",
        State = MeetingState.Planned,
    };
}
