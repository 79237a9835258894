using MeetingBot.Testing;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Protocols;

namespace MeetingBot.Tests.Cards;

/// <summary>
/// The cards' test meeting: the 23 January 2026 meeting with the reference protocol's items as its
/// agenda and the protocol's present and absent people as its roster.
/// </summary>
internal static class CardScenarios
{
    public const string MeetingId = "2026-01-23";

    public static Protocol Seed { get; } = SeedFixture.Protocol;

    public static IReadOnlyList<Participant> Roster { get; } = [.. Seed.Present, .. Seed.Absent];

    public static Uri JoinUrl { get; } = new("https://teams.microsoft.com/l/meetup-join/19%3ameeting_kd2026-01-23%40thread.v2/0");

    /// <summary>A colleague from Klippan whom Tomas Rikse may send in his place.</summary>
    public static SubstituteOption Substitute { get; } = new("maria.lind@klippan.se", "Maria Lind");

    public static AgendaCardModel Agenda(AttendanceTally tally, Uri? joinUrl) => new(
        MeetingId,
        "Kommundirektörsmöte i Familjen Helsingborg",
        new DateOnly(2026, 1, 23),
        new TimeOnly(8, 30),
        new TimeOnly(13, 0),
        "Mindpark, Bredgatan 11, Helsingborg",
        joinUrl,
        [.. Seed.Items.Select(SeedAgendaItems.From)],
        tally,
        [.. Roster.Select((_, i) => $"29:1member{i + 1:D2}")]);

    public static IReadOnlyList<AttendanceEntry> MixedAttendance { get; } =
    [
        .. Seed.Present.Take(8).Select(p => new AttendanceEntry(p, AttendanceStatus.Coming)),
        new AttendanceEntry(Seed.Absent[0], AttendanceStatus.Declined, "Maria Lind", "Krockar med kommunstyrelsen"),
        new AttendanceEntry(Seed.Present[8], AttendanceStatus.Declined),
        .. Seed.Present.Skip(9).Select(p => new AttendanceEntry(p, AttendanceStatus.NotAnswered)),
    ];

    public static ProtocolDraftCardModel Draft(DraftState state, bool withDecisions) => new(
        MeetingId,
        "Kommundirektörsmöte i Familjen Helsingborg",
        new DateOnly(2026, 1, 23),
        state,
        [.. Seed.Items.Select(i => withDecisions ? i : i with { Decisions = [] })]);
}
