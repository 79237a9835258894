using System.Net;
using System.Text.RegularExpressions;
using MeetingBot.Calendar.Ics;
using MeetingBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Agenda;

/// <summary>The local calendar without <c>Calendar:AgendaBaseUrl</c>: invitations link to the host's own page.</summary>
public sealed partial class AgendaAddressTests(AgendaPageHost host) : IClassFixture<AgendaPageHost>
{
    [Fact]
    public async Task IcsInvitation_NoAgendaBaseUrlConfigured_LinksToTheHostsOwnAgendaPage()
    {
        const string email = "kristina.magnusson@example.se";
        var id = await host.Services.GetRequiredService<RosterStore>().FindIdAsync(email, CancellationToken.None);
        var link = host.Services.GetRequiredService<CalendarFeedLinks>().PathFor(2026, id!.Value, email);
        var ics = await host.Client.GetStringAsync(new Uri(link, UriKind.Relative));

        // Calendar lines fold at 75 octets: a CRLF and a space continue the line.
        var url = AgendaUrl().Match(ics.Replace("\r\n ", "", StringComparison.Ordinal)).Groups[1].Value;
        Assert.Equal(new Uri(host.Client.BaseAddress!, "/agenda/2026-01-23"), new Uri(url));
        using var page = await host.Client.GetAsync(new Uri(url));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [GeneratedRegex(@"\nURL(?:;[^:]*)?:(\S+/agenda/2026-01-23)")]
    private static partial Regex AgendaUrl();
}
