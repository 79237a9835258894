using MeetingBot.Core;
using MeetingBot.Core.Calendar;
using MeetingBot.Storage;

namespace MeetingBot.Calendar.Ics;

/// <summary>A member's .ics of a year's series, from whichever calendar holds it.</summary>
internal sealed class SeriesIcsExport(ISeriesCalendar calendar, SeriesDefinitions definitions, RosterStore roster, TimeProvider time)
{
    public async Task<string> ForMemberAsync(int year, string email, CancellationToken cancellationToken)
    {
        var wanted = RosterStore.NormaliseEmail(email);
        var member = (await roster.ListAsync(cancellationToken)).FirstOrDefault(m => RosterStore.NormaliseEmail(m.Email) == wanted)
            ?? throw new DomainException($"no member with the email {email} on the roster");
        var series = await definitions.ForYearAsync(year, cancellationToken);
        var meetings = await calendar.ListAsync(series.SeriesId, cancellationToken);
        if (meetings.Count == 0)
        {
            throw new DomainException($"the {year} series has no meetings yet; create it first with: series create --year {year} --from-protocol FILE");
        }

        return SeriesIcsWriter.Write(series, meetings, member, definitions.OrganizerEmail, time.GetUtcNow());
    }
}
