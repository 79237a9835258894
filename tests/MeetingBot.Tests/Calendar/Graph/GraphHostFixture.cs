using System.Net;
using System.Net.Sockets;
using MeetingBot.Hosting;
using MeetingBot.Tests.Calendar.Graph.Fake;
using Microsoft.AspNetCore.Builder;

namespace MeetingBot.Tests.Calendar.Graph;

/// <summary>The app configured for a Graph tenant whose Graph is the local fake, listening on a known loopback port.</summary>
internal static class GraphHostFixture
{
    public const string ClientState = "e8b1f7c2-secret-state";

    public static WebApplication Build(FakeGraphServer graph, bool notifications = true)
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

            // The scheduled re-read (RereadRsvps, due at start) would add its own requests to the signal these tests count.
            "--Scheduling:Enabled=false",
        ];
        if (notifications)
        {
            args.Add($"--Calendar:Graph:NotificationBaseUrl={url}");
        }

        return MeetingBotHost.Build([.. args]);
    }

    public static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "condition not reached within 10 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
