using System.Net;
using System.Net.Sockets;
using MeetingBot.Calendar.Graph;
using MeetingBot.Hosting;
using MeetingBot.Scheduling;
using MeetingBot.Tests.Calendar.Graph.Fake;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Calendar.Graph;

/// <summary>
/// The app configured for a Graph tenant whose Graph is the local fake, listening on a known loopback port.
/// The scheduler runs (it keeps the subscription) but only the subscription renewal has a handler.
/// </summary>
internal static class GraphHostFixture
{
    public const string ClientState = "e8b1f7c2-secret-state";

    /// <param name="notificationBase">Where Graph should call; by default this host itself.</param>
    /// <param name="extra">More command-line settings, e.g. another database or faster retries.</param>
    /// <param name="services">Registrations after the host's own, e.g. a Graph client with another credential.</param>
    public static WebApplication Build(
        FakeGraphServer graph, bool notifications = true, Uri? notificationBase = null, IEnumerable<string>? extra = null, Action<IServiceCollection>? services = null)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        List<string> args =
        [
            "--urls", url,
            "--Calendar:Graph:TenantId=72f988bf-86f1-41af-91ab-2d7cd011db47",
            "--Calendar:Graph:ClientId=24d3b144-21ae-4080-943f-7067b395b913",
            "--Calendar:Graph:ClientSecret=not-used-against-localhost",
            $"--Calendar:Graph:OrganizerMailbox={Series2026.Mailbox}",
            "--Calendar:AgendaBaseUrl=https://meetingbot.example.se/agenda/",
            $"--Calendar:Graph:BaseUrl={graph.BaseUrl}",
            $"--Calendar:Graph:ClientState={ClientState}",
            $"--Storage:DataDirectory={Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N"), "data")}",
            "--Scheduling:PollInterval=00:00:00.200",
            .. extra ?? [],
        ];
        if (notifications)
        {
            args.Add($"--Calendar:Graph:NotificationBaseUrl={notificationBase?.AbsoluteUri ?? url}");
        }

        return MeetingBotHost.Build([.. args], s =>
        {
            OnlySubscriptionRenewal(s);
            services?.Invoke(s);
        });
    }

    /// <summary>How many times the host has read the series' RSVPs: GETs of the organizer's events filtered by the series tag.</summary>
    public static int SeriesReads(FakeGraphServer graph) => graph.Requests.Count(r =>
        r.Method == "GET" && Uri.UnescapeDataString(r.PathAndQuery).Contains("kommundirektorsmote-", StringComparison.Ordinal));

    public static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "condition not reached within 10 s");
    }

    public static async Task WaitUntil(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200 && !await condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(await condition(), "condition not reached within 10 s");
    }

    /// <summary>The other jobs (the hourly re-read is due at start) would add requests to the re-read signal these tests count.</summary>
    private static void OnlySubscriptionRenewal(IServiceCollection services)
    {
        foreach (var handler in services.Where(d => d.ServiceType == typeof(IScheduledJobHandler) && d.ImplementationType != typeof(RenewSubscriptionJob)).ToList())
        {
            services.Remove(handler);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
