using MeetingBot.Core.Protocols;

namespace MeetingBot.Core.Series;

/// <summary>A year's meetings as a protocol decided them (the source of <c>series plan --from-protocol</c>).</summary>
public static class MeetingPlan
{
    /// <summary>
    /// The meetings of <paramref name="year"/> listed in the protocol's meeting-dates decision, in date
    /// order, in Stockholm time. Throws <see cref="DomainException"/> when there is no such decision,
    /// when it plans another year, or when a date or time in it does not exist.
    /// </summary>
    public static IReadOnlyList<PlannedMeeting> FromProtocol(Protocol protocol, int year)
    {
        if (year is < 2000 or > 2100)
        {
            throw new DomainException($"the year {year} is out of range (2000–2100)");
        }

        return MeetingDatesDecision.Find(protocol, year).Meetings(year);
    }
}
