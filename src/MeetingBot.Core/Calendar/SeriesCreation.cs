namespace MeetingBot.Core.Calendar;

/// <summary>
/// The outcome of creating a series' missing meetings: what was there, what was made, and each date
/// that could not be made with the calendar's reason. <see cref="OnlineMeetingsRequested"/> is false for a
/// calendar that cannot host Teams meetings at all (the local one), so their absence is no news.
/// </summary>
public sealed record SeriesCreation(
    IReadOnlyList<CalendarEvent> Existing,
    IReadOnlyList<CalendarEvent> Created,
    IReadOnlyList<CreationFailure> Failures,
    bool OnlineMeetingsRequested = true)
{
    public IEnumerable<CalendarEvent> All => Existing.Concat(Created).OrderBy(e => e.Date);

    /// <summary>Meetings created without a Teams meeting (a mailbox without Teams answers so, with no error).</summary>
    public IEnumerable<CalendarEvent> WithoutTeams => OnlineMeetingsRequested ? Created.Where(e => !e.IsOnlineMeeting) : [];
}

/// <summary>A date the calendar refused, with its status (HTTP status for Graph) and message.</summary>
public sealed record CreationFailure(DateOnly Date, int Status, string Message);
