using MeetingBot.Agenda;
using MeetingBot.Core.Meetings;

namespace MeetingBot.Tests.Agenda;

public sealed class AgendaPageTests
{
    private static Meeting Meeting(Uri? joinUrl, MeetingState state = MeetingState.Planned) => new(
        7, "Kommundirektörsmöte i Familjen Helsingborg", new DateOnly(2026, 10, 23), new TimeOnly(8, 30), new TimeOnly(13, 0),
        "Mindpark", joinUrl, state, []);

    [Fact]
    public void Render_TeamsJoinUrl_LeftOutOfTheAnonymousPage()
    {
        var html = AgendaPage.Render(Meeting(new Uri("https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc?a=1&b=2")));

        Assert.DoesNotContain("meetup-join", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Anslut till Teams-mötet", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"2026-10-23T08:30\">fredag 23 oktober 2026, 08:30–13:00</time>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_JoinUrlNotHttp_NoLink()
    {
        var html = AgendaPage.Render(Meeting(new Uri("javascript:alert(1)")));

        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CancelledMeeting_TitleSaysInställt()
    {
        var html = AgendaPage.Render(Meeting(new Uri("https://teams.microsoft.com/l/x"), MeetingState.Cancelled));

        Assert.Contains("<title>Dagordning 23 oktober 2026 (inställt)</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
    }
}
