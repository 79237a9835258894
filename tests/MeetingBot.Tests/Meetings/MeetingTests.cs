using MeetingBot.Calendar;
using MeetingBot.Calendar.Graph;
using MeetingBot.Calendar.Local;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Protocols;
using MeetingBot.Core.Roster;
using MeetingBot.Meetings;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;
using MeetingBot.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MeetingBot.Tests.Meetings;

/// <summary>
/// Base of the meeting service tests: a migrated database holding the seed protocol (nr 5 2025,
/// which decides the 2026 dates) and its people as the roster, with the services wired by hand
/// over the local calendar, as the host wires them.
/// </summary>
public abstract class MeetingTests<TDatabase> : StorageTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    internal static readonly Protocol Seed = SeedFixture.Protocol;

    internal ProtocolStore Protocols => new(Factory, Clock);

    internal LocalSeriesCalendar Calendar => new(Factory, Clock);

    internal SeriesMeetingRows Rows => new(Factory);

    internal MeetingService Meetings => new(
        Factory, Protocols, Calendar, Rows, Scheduler, Options.Create(new SeriesCalendarOptions()),
        NullLogger<MeetingService>.Instance);

    internal AgendaService Agenda => new(Factory);

    internal AttendanceService Attendance => new(Factory, new SqliteWriteGate());

    internal RosterStore Roster => new(Factory);

    internal OutlookReplies Outlook => new(Factory, Attendance, NullLogger<OutlookReplies>.Instance);

    internal ProtocolDraftService Drafts => new(Factory, Meetings, Attendance, Protocols, NullLogger<ProtocolDraftService>.Instance);

    internal SeriesScheduler Scheduler => new(
        Calendar,
        new SeriesDefinitions(
            Options.Create(new SeriesCalendarOptions { Location = "Mindpark, Bredgatan 11, Helsingborg" }),
            Options.Create(new GraphCalendarOptions()),
            new RosterStore(Factory)),
        Factory, Clock, Rows, NullLogger<SeriesScheduler>.Instance);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Protocols.SaveAsync(Seed, CancellationToken.None);
        await new RosterStore(Factory).UpsertAsync(
            [
                .. ProtocolRoster.Members(Seed).Select(m => m with { Email = Email(m.Name) }),
                new Member("Per Persson", "Klippan", "per.persson@klippan.se", MemberRole.Member),
            ],
            CancellationToken.None);
    }

    /// <summary>"Kristina Magnusson" → "kristina.magnusson@example.se".</summary>
    internal static string Email(string name) =>
        name.ToLowerInvariant().Replace(' ', '.').Replace('å', 'a').Replace('ä', 'a').Replace('ö', 'o') + "@example.se";

    internal async Task<Meeting> January23Async()
    {
        await Meetings.EnsureSeriesAsync(2026, CancellationToken.None);
        return (await Meetings.FindByDateAsync(new DateOnly(2026, 1, 23), CancellationToken.None))!;
    }

    internal async Task<int> MemberIdAsync(string name) =>
        (await Roster.MembersAsync(CancellationToken.None)).Single(m => m.Name == name).Id;

    /// <summary>Every answer a member gave to a meeting as stored, oldest first (tentative and none are no answers).</summary>
    internal async Task<List<MemberAnswer>> HistoryAsync(int meetingId, int memberId)
    {
        await using var db = Factory.CreateDbContext();
        var rows = await db.AttendanceReplies.AsNoTracking()
            .Where(r => r.MeetingId == meetingId && r.MemberId == memberId)
            .Where(r => r.Response == AttendanceResponse.Accepted || r.Response == AttendanceResponse.Declined)
            .ToListAsync();
        return
        [
            .. rows.Select(r => new MemberAnswer(
                    r.Response == AttendanceResponse.Accepted ? AttendanceAnswer.Accepted : AttendanceAnswer.Declined,
                    r.SubstituteName, r.Comment, r.Source, r.RecordedAt))
                .OrderBy(a => a.At),
        ];
    }
}
