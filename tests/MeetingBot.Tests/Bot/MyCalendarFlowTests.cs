using System.Net;
using System.Text.RegularExpressions;
using MeetingBot.Bot;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.Bot;

/// <summary><c>min kalender</c>: a member's own feed link, in their personal chat only, that serves their .ics.</summary>
public sealed partial class MyCalendarFlowTests
{
    private static string? Text(ConnectorCall call) => (string?)call.Body?["text"];

    private static Task<FlowHost> StartAsync() =>
        FlowHost.StartWithSeriesAsync(new FakeTimeProvider(new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero)), "--Scheduling:Enabled=false", "--Logging:LogLevel:Default=Warning");

    [Fact]
    public async Task Message_MyCalendarInChannel_LinkOnlyInThePersonalChatAndItServesTheMembersFile()
    {
        await using var host = await StartAsync();

        await host.SayInChannelAsync(FlowHost.Kristina, "min kalender");

        var notice = await host.Teams.WaitForAsync(c => Text(c) == BotReplies.Swedish.AnsweredPrivately);
        Assert.Equal([notice], host.Teams.Calls.Where(c => c.Method != "GET" && c.Path.Contains(FlowHost.ChannelId, StringComparison.Ordinal)));
        var answer = Assert.Single(host.Teams.Calls, c => c.Method == "POST" && c.Path == $"/emea/v3/conversations/{FlowHost.Kristina.PersonalChatId}/activities");
        var link = FeedLink().Match(Text(answer) ?? string.Empty);
        Assert.True(link.Success, Text(answer));
        Assert.DoesNotContain("@", link.Value, StringComparison.Ordinal);

        using var response = await host.GetAsync(new Uri(link.Value));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(10, calendar.Events.Count);
        Assert.Contains(calendar.Events[0]!.Attendees, a => a.Value?.ToString().Contains(FlowHost.Kristina.Email, StringComparison.OrdinalIgnoreCase) == true);
    }

    [Fact]
    public async Task Message_MyCalendarInPersonalChat_LinkRightThere()
    {
        await using var host = await StartAsync();

        await host.SayAsync(FlowHost.Tomas, "min kalender");

        var answer = await host.Teams.WaitForAsync(c => FeedLink().IsMatch(Text(c) ?? string.Empty));
        Assert.StartsWith($"/emea/v3/conversations/{FlowHost.Tomas.PersonalChatId}/activities", answer.Path, StringComparison.Ordinal);
        Assert.Contains("2026: ", Text(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_MyCalendarFromSomeoneNotOnTheRoster_NoLink()
    {
        await using var host = await StartAsync();

        await host.SayAsync(FlowHost.Stranger, "min kalender");

        await host.Teams.WaitForAsync(c => Text(c) == BotReplies.Swedish.NotOnRoster);
        Assert.DoesNotContain(host.Teams.Calls, c => Text(c)?.Contains("calendar.ics", StringComparison.Ordinal) == true);
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/series/2026/members/\d+/calendar\.ics\?token=[A-Za-z0-9_-]+")]
    private static partial Regex FeedLink();
}
