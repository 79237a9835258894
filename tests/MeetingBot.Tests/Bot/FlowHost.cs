using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.BotFramework.Authentication;
using MeetingBot.BotFramework.Hosting;
using MeetingBot.Core.Roster;
using MeetingBot.Core.Series;
using MeetingBot.Hosting;
using MeetingBot.Meetings;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Bot;

/// <summary>
/// The real host with its Development issuer, a SQLite database of its own and the seed protocol's
/// roster and agenda: activities go to <c>/api/messages</c> with signed tokens, the bot's calls go
/// to <see cref="TeamsFake"/>. The test meeting lies 30 days ahead, so answers are never too late.
/// <see cref="StartWithSeriesAsync"/> runs it on a given clock with the seed's 2026 series instead.
/// </summary>
internal sealed class FlowHost : IAsyncDisposable
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string ChannelId = "19:kdg-team@thread.tacv2";
    public const string SeriesKey = "kdg-flow";
    public const string GroupChatId = "19:kdg-chat@thread.v2";

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "meetingbot-flow-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;
    private HttpClient? client;

    private FlowHost(TeamsFake teams) => Teams = teams;

    public static TeamsUser Secretary { get; } = new("Christian Dahlmann", "29:1christian", "aad-christian", "christian.dahlmann@familjenhelsingborg.se");

    public static TeamsUser Kristina { get; } = new("Kristina Magnusson", "29:1kristina", "aad-kristina", "kristina.magnusson@bjuv.se");

    public static TeamsUser Tomas { get; } = new("Tomas Rikse", "29:1tomas", "aad-tomas", "tomas.rikse@klippan.se");

    public static TeamsUser Asa { get; } = new("Åsa Simonsson", "29:1asa", "aad-asa", "asa.simonsson@svalov.se");

    /// <summary>In the team, not on the roster.</summary>
    public static TeamsUser Stranger { get; } = new("Okänd Person", "29:1stranger", "aad-stranger", "okand.person@example.se");

    public TeamsFake Teams { get; }

    public IServiceProvider Services => app!.Services;

    public Uri BaseAddress => client!.BaseAddress!;

    public int MeetingId { get; private set; }

    public DateOnly MeetingDate { get; private set; }

    /// <summary>"23 januari 2027": how the secretariat names the test meeting in commands.</summary>
    public string MeetingDateText => Core.Text.SwedishDate.Format(MeetingDate);

    /// <summary>The Teams client's locale on every activity; many Swedish officials' clients say en-US.</summary>
    public string Locale { get; set; } = "sv-SE";

    /// <summary>The bearer token of the last activity posted, for tests that check it never leaks.</summary>
    public string? LastToken { get; private set; }

    /// <param name="configuration">Extra <c>--Key=value</c> arguments for the host.</param>
    public static Task<FlowHost> StartAsync(params string[] configuration) => StartWithTeamAsync([], configuration);

    /// <summary>The test meeting, with <paramref name="moreInTheTeam"/> in the Teams team besides the usual five (add them to the roster to make them members).</summary>
    public static async Task<FlowHost> StartWithTeamAsync(IReadOnlyList<TeamsUser> moreInTheTeam, params string[] configuration)
    {
        var teams = await TeamsFake.StartAsync([Secretary, Kristina, Tomas, Asa, Stranger, .. moreInTheTeam]);
        var host = new FlowHost(teams);
        await host.StartHostAsync(null, configuration);
        await host.AddMeetingAsync();
        return host;
    }

    /// <summary>
    /// The host on <paramref name="clock"/> (which replaces the host's own) with the 2026 series that §9 of
    /// the seed protocol decides, created as "skapa mötesserie 2026" creates it, all agendas empty; no test meeting.
    /// </summary>
    public static async Task<FlowHost> StartWithSeriesAsync(TimeProvider clock, params string[] args)
    {
        var host = await StartWithoutMeetingsAsync(clock, args);
        await host.Services.GetRequiredService<MeetingService>().CreateSeriesAsync(2026, CancellationToken.None);
        return host;
    }

    /// <summary>The host on <paramref name="clock"/> with the seed protocol and roster, but no meetings and no series.</summary>
    public static async Task<FlowHost> StartWithoutMeetingsAsync(TimeProvider clock, params string[] args)
    {
        var teams = await TeamsFake.StartAsync([Secretary, Kristina, Tomas, Asa, Stranger]);
        var host = new FlowHost(teams);
        await host.StartHostAsync(clock, args);
        return host;
    }

    /// <summary>
    /// Stops the host as a deployment does (graceful shutdown: jobs in flight are handed back) and starts a
    /// new one on the same database and Teams fake, as the next process would.
    /// </summary>
    public async Task RestartAsync()
    {
        client?.Dispose();
        await app!.StopAsync();
        await app.DisposeAsync();
        await BuildAndStartAsync(null, []);
    }

    /// <summary>Until no job asked for in chat is pending or running: the delivery and its summary are done.</summary>
    public async Task WaitForRequestedJobsAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            await using (var db = Services.GetRequiredService<IDbContextFactory<MeetingBotDbContext>>().CreateDbContext())
            {
                if (!await db.Set<ScheduledJobRow>().AnyAsync(j => j.Request != null && (j.State == JobState.Pending || j.State == JobState.Running), timeout.Token))
                {
                    return;
                }
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    private async Task StartHostAsync(TimeProvider? clock, string[] args)
    {
        await BuildAndStartAsync(clock, args);
        await Services.GetRequiredService<ProtocolStore>().SaveAsync(SeedFixture.Protocol, CancellationToken.None);
        string?[] emails = [Secretary.Email, Kristina.Email, Tomas.Email, Asa.Email];
        var roster = ProtocolRoster.Members(SeedFixture.Protocol)
            .Select(m => m with { Email = new[] { Secretary, Kristina, Tomas, Asa }.FirstOrDefault(u => u.Name == m.Name)?.Email })
            .ToList();
        await Services.GetRequiredService<RosterStore>().UpsertAsync(roster, CancellationToken.None);
    }

    private async Task BuildAndStartAsync(TimeProvider? clock, string[] args)
    {
        app = MeetingBotHost.Build(
            ["--urls", "http://127.0.0.1:0", "--environment", "Development", $"--Storage:DataDirectory={dataDirectory}", .. args],
            services =>
            {
                if (clock is not null)
                {
                    services.AddSingleton(clock);
                }
            });
        await app.StartAsync();
        client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    private async Task AddMeetingAsync()
    {
        var today = DateOnly.FromDateTime(StockholmTime.ToLocal(TimeProvider.System.GetUtcNow()).DateTime);
        MeetingDate = today.AddDays(30);
        var start = new TimeOnly(8, 30);
        var end = new TimeOnly(13, 0);
        await using (var db = Services.GetRequiredService<IDbContextFactory<MeetingBotDbContext>>().CreateDbContext())
        {
            var row = new MeetingRow
            {
                SeriesKey = SeriesKey, Title = "Kommundirektörsmöte i Familjen Helsingborg", Date = MeetingDate,
                StartLocal = start, EndLocal = end, TimeZoneId = StockholmTime.IanaId,
                StartUtc = StockholmTime.ToInstant(MeetingDate, start).ToUniversalTime(), EndUtc = StockholmTime.ToInstant(MeetingDate, end).ToUniversalTime(),
                Location = "Mindpark, Bredgatan 11, Helsingborg", ExternalEventId = "flow-event-1",
            };
            db.Meetings.Add(row);
            await db.SaveChangesAsync();
            MeetingId = row.Id;
        }

        await Services.GetRequiredService<AgendaService>().ReplaceAsync(MeetingId, SeedFixture.Protocol.Items, CancellationToken.None);
    }

    /// <summary>A message typed in the team channel (or in <paramref name="channelId"/>, another channel the bot is in).</summary>
    public Task<HttpResponseMessage> SayInChannelAsync(TeamsUser user, string text, string channelId = ChannelId) =>
        PostAsync(Activity("message", user, channelId + ";messageid=1764140000000", "channel", a => a["text"] = $"<at>MeetingBot</at> {text}"));

    /// <summary>A message typed in a group chat the bot has been added to.</summary>
    public Task<HttpResponseMessage> SayInGroupChatAsync(TeamsUser user, string text) =>
        PostAsync(Activity("message", user, GroupChatId, "groupChat", a => a["text"] = $"<at>MeetingBot</at> {text}"));

    /// <summary>A message typed in the user's personal chat with the bot.</summary>
    public Task<HttpResponseMessage> SayAsync(TeamsUser user, string text) =>
        PostAsync(Activity("message", user, user.PersonalChatId, "personal", a => a["text"] = text));

    /// <summary>The Action.Submit fallback: a message with the card's data as its value.</summary>
    public Task<HttpResponseMessage> SubmitAsync(TeamsUser user, JsonObject value) =>
        PostAsync(Activity("message", user, user.PersonalChatId, "personal", a => a["value"] = value));

    /// <summary>An Action.Execute pressed in <paramref name="conversationId"/>; returns the invoke response's body.</summary>
    /// <param name="activityId">The invoke's id, for a re-delivery of one already sent; a new one by default.</param>
    public async Task<JsonNode> PressAsync(TeamsUser user, string conversationId, string verb, JsonObject data, string? activityId = null)
    {
        var type = conversationId.StartsWith("19:", StringComparison.Ordinal) ? "channel" : "personal";
        using var response = await PostAsync(Activity("invoke", user, conversationId, type, a =>
        {
            if (activityId is not null)
            {
                a["id"] = activityId;
            }

            a["name"] = "adaptiveCard/action";
            a["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" };
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    public async Task<HttpResponseMessage> GetAsync(Uri url) => await client!.GetAsync(url);

    private JsonObject Activity(string type, TeamsUser user, string conversationId, string conversationType, Action<JsonObject> complete)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = "f:" + Guid.NewGuid().ToString("N"),
            ["timestamp"] = Services.GetRequiredService<TimeProvider>().GetUtcNow().ToString("O"),
            ["serviceUrl"] = Teams.ServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = user.UserId, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId },
            ["recipient"] = new JsonObject { ["id"] = "28:" + BotOptions.DevelopmentAppId, ["name"] = "MeetingBot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = conversationType, ["tenantId"] = TenantId, ["isGroup"] = conversationType != "personal" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
            ["locale"] = Locale,
        };
        complete(activity);
        return activity;
    }

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        var token = Services.GetRequiredService<DevelopmentIssuer>().CreateToken(BotOptions.DevelopmentAppId, Teams.ServiceUrl);
        LastToken = token;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", token);
        return await client!.SendAsync(request);
    }

    /// <summary>Stops and disposes the host, which flushes its telemetry exporters; the Teams fake stays up.</summary>
    public async Task ShutDownAsync()
    {
        client?.Dispose();
        client = null;
        await app!.StopAsync();
        await app.DisposeAsync();
        app = null;
    }

    public async ValueTask DisposeAsync()
    {
        client?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        await Teams.DisposeAsync();
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
