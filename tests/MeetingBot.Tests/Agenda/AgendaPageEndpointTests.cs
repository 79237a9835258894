using System.Net;
using MeetingBot.Calendar;
using MeetingBot.Core.Meetings;
using MeetingBot.Meetings;
using MeetingBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Agenda;

public sealed class AgendaPageEndpointTests(AgendaPageHost host) : IClassFixture<AgendaPageHost>
{
    [Fact]
    public async Task Get_MeetingWithTheSeedAgenda_SwedishPageWithTheNumberedItems()
    {
        var meeting = await MeetingOnAsync(new DateOnly(2026, 2, 27));
        await host.Services.GetRequiredService<AgendaService>().ReplaceAsync(meeting.Id, SeedFixture.Protocol.Items, CancellationToken.None);

        using var response = await host.Client.GetAsync(new Uri("/agenda/2026-02-27", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html lang=\"sv\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Kommundirektörsmöte i Familjen Helsingborg</h1>", html, StringComparison.Ordinal);
        Assert.Contains("fredag 27 februari 2026, 08:30–13:00", html, StringComparison.Ordinal);
        Assert.Contains("<dd>Mindpark, Bredgatan 11, Helsingborg</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<li value=\"1\">\n<h3>Mötets öppnande och incheckning</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<li value=\"9\">\n<h3>Kommundirektörsgruppens möten under 2026</h3>", html, StringComparison.Ordinal);
        foreach (var item in SeedFixture.Protocol.Items)
        {
            foreach (var presenter in item.Presenters)
            {
                Assert.Contains($"<span class=\"label\">Föredragande:</span> {presenter}</p>", html, StringComparison.Ordinal);
            }
        }

        Assert.Contains("<span class=\"label\">Sammanfattning:</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"label\">Underlag:</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_MeetingWithAnswers_ShowsNoAttendanceCommentsOrWhoAnswered()
    {
        var meeting = await MeetingOnAsync(new DateOnly(2026, 3, 27));
        var attendance = host.Services.GetRequiredService<AttendanceService>();
        var member = (await host.Services.GetRequiredService<RosterStore>().MembersAsync(CancellationToken.None)).First();
        await attendance.RecordAsync(meeting.Id, member.Id, AttendanceAnswer.Declined, null, "Tandläkartid hemlig-kommentar", ReplySource.Teams, new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero), CancellationToken.None);

        var html = await host.Client.GetStringAsync(new Uri("/agenda/2026-03-27", UriKind.Relative));

        Assert.DoesNotContain("hemlig-kommentar", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Förhinder", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Svar:", html, StringComparison.Ordinal);
        Assert.DoesNotContain(member.Name, html, StringComparison.Ordinal);
        Assert.Contains("Dagordningen är inte klar ännu.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_MarkupInTheAgenda_HtmlEncoded()
    {
        var meeting = await MeetingOnAsync(new DateOnly(2026, 4, 17));
        await host.Services.GetRequiredService<AgendaService>().AddAsync(
            meeting.Id, new AgendaItemInput("<script>alert(1)</script> & \"budget\"", "<b>fet</b>", ["<img src=x>"]), null, CancellationToken.None);

        var html = await host.Client.GetStringAsync(new Uri("/agenda/2026-04-17", UriKind.Relative));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;budget&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_CancelledMeeting_SaysInställtWithoutATeamsLink()
    {
        await host.Services.GetRequiredService<SeriesScheduler>().CancelAsync(new DateOnly(2026, 5, 22), "Inställt", CancellationToken.None);

        using var response = await host.Client.GetAsync(new Uri("/agenda/2026-05-22", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<strong>Mötet är inställt.</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Anslut till Teams-mötet", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_MeetingWithATeamsJoinLink_PageLeavesTheJoinLinkOut()
    {
        const string join = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_secret%40thread.v2/0?context=x";
        var meeting = await MeetingOnAsync(new DateOnly(2026, 8, 21));
        await using (var db = host.Services.GetRequiredService<IDbContextFactory<MeetingBotDbContext>>().CreateDbContext())
        {
            await db.Meetings.Where(m => m.Id == meeting.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.JoinUrl, join));
        }

        Assert.Equal(new Uri(join), (await MeetingOnAsync(new DateOnly(2026, 8, 21))).JoinUrl);
        var html = await host.Client.GetStringAsync(new Uri("/agenda/2026-08-21", UriKind.Relative));

        Assert.DoesNotContain("meetup-join", html, StringComparison.Ordinal);
        Assert.DoesNotContain("meeting_secret", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Anslut till Teams-mötet", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_DayWithoutAMeeting_404WithASwedishPage()
    {
        using var response = await host.Client.GetAsync(new Uri("/agenda/2026-01-24", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<html lang=\"sv\">", html, StringComparison.Ordinal);
        Assert.Contains("Det finns inget möte den 24 januari 2026.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("23-01-2026")]
    [InlineData("igår")]
    public async Task Get_MalformedDate_400WithASwedishPage(string date)
    {
        using var response = await host.Client.GetAsync(new Uri("/agenda/" + date, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<h1>Ogiltigt datum</h1>", html, StringComparison.Ordinal);
    }

    private async Task<Meeting> MeetingOnAsync(DateOnly date) =>
        (await host.Services.GetRequiredService<MeetingService>().FindByDateAsync(date, CancellationToken.None))!;
}
