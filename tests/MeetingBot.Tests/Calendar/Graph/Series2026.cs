using MeetingBot.Core.Calendar;
using MeetingBot.Core.Roster;
using MeetingBot.Core.Series;

namespace MeetingBot.Tests.Calendar.Graph;

/// <summary>The customer's ten 2026 dates (irregular Fridays, none in June–July) and a small roster.</summary>
internal static class Series2026
{
    public const string Mailbox = "sekretariat@helsingborg.se";

    public static readonly DateOnly[] Dates =
    [
        new(2026, 1, 23), new(2026, 2, 27), new(2026, 3, 27), new(2026, 4, 17), new(2026, 5, 22),
        new(2026, 8, 21), new(2026, 9, 25), new(2026, 10, 23), new(2026, 11, 20), new(2026, 12, 11),
    ];

    public static IReadOnlyList<PlannedMeeting> Meetings =>
        [.. Dates.Select(d => PlannedMeeting.At(d, new TimeOnly(8, 30), new TimeOnly(13, 0)))];

    public static SeriesDefinition Definition => new(
        SeriesDefinition.IdForYear(2026),
        SeriesDefinition.DefaultSubject,
        "Stadshuset, Helsingborg",
        [
            new Member("Anna Andersson", "Helsingborg", "anna.andersson@helsingborg.se", MemberRole.Member),
            new Member("Bo Berg", "Höganäs", "bo.berg@hoganas.se", MemberRole.Member),
            new Member("Cecilia Ek", "Ängelholm", null, MemberRole.Member),
        ],
        new Uri("https://meetingbot.example.se/agenda/"));
}
