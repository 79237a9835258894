using MeetingBot.Core.Calendar;
using MeetingBot.Core.Meetings;

namespace MeetingBot.Meetings;

/// <summary>What creating a year's series did: the calendar's outcome, the dates skipped because they were cancelled, and the meetings.</summary>
internal sealed record SeriesSetup(SeriesCreation Calendar, IReadOnlyList<DateOnly> Cancelled, IReadOnlyList<Meeting> Meetings);
