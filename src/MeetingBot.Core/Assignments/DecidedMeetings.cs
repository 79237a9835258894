using MeetingBot.Core.Protocols;
using MeetingBot.Core.Series;

namespace MeetingBot.Core.Assignments;

/// <summary>The meeting dates a protocol itself decides (its year and the next), so "till nästa möte" can name one.</summary>
internal static class DecidedMeetings
{
    public static IEnumerable<DateOnly> Of(Protocol protocol)
    {
        foreach (var year in (int[])[protocol.Year, protocol.Year + 1])
        {
            IReadOnlyList<PlannedMeeting> plan;
            try
            {
                plan = MeetingPlan.FromProtocol(protocol, year);
            }
            catch (DomainException)
            {
                // Most protocols decide no meeting dates; a plan for another year is not this one.
                continue;
            }

            foreach (var meeting in plan)
            {
                yield return meeting.Date;
            }
        }
    }
}
