using MeetingBot.Agenda;
using MeetingBot.Calendar.Graph;
using MeetingBot.Core;
using MeetingBot.Core.Calendar;
using MeetingBot.Storage;
using Microsoft.Extensions.Options;

namespace MeetingBot.Calendar;

/// <summary>
/// A year's series as configured: subject, location and agenda from <c>Calendar</c>, attendees from
/// the roster. Without <c>Calendar:AgendaBaseUrl</c> the agenda link is the host's own page
/// (<paramref name="agendaAddress"/>; absent when the services are wired by hand).
/// </summary>
internal sealed class SeriesDefinitions(
    IOptions<SeriesCalendarOptions> options, IOptions<GraphCalendarOptions> graph, RosterStore roster, AgendaAddress? agendaAddress = null)
{
    public async Task<SeriesDefinition> ForYearAsync(int year, CancellationToken cancellationToken)
    {
        var members = await roster.ListAsync(cancellationToken);
        if (members.Count == 0)
        {
            throw new DomainException("the roster is empty; add the members first with: roster import FILE");
        }

        var o = options.Value;
        return new SeriesDefinition(SeriesDefinition.IdForYear(year), o.Subject, o.Location, members, o.AgendaBaseUrl ?? agendaAddress?.BaseUrl);
    }

    /// <summary>Who .ics files name as organiser: configured, else the Graph organiser mailbox, else a neutral address.</summary>
    public string OrganizerEmail =>
        options.Value.OrganizerEmail ?? graph.Value.OrganizerMailbox ?? "kommundirektorsgruppen@familjenhelsingborg.se";
}
