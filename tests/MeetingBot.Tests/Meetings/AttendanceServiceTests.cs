using MeetingBot.Core.Calendar;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Series;
using MeetingBot.Meetings;
using MeetingBot.Storage;
using MeetingBot.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Tests.Meetings;

public abstract class AttendanceServiceTests<TDatabase> : MeetingTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static readonly DateTimeOffset Monday = new(2026, 1, 19, 10, 0, 0, TimeSpan.Zero);

    private Task<AttendanceRecordResult> RecordAsync(
        int meetingId, int memberId, AttendanceAnswer answer, DateTimeOffset at, ReplySource source = ReplySource.Teams,
        string? substitute = null, string? comment = null) =>
        Attendance.RecordAsync(meetingId, memberId, answer, substitute, comment, source, at, CancellationToken.None);

    [Fact]
    public async Task RecordAsync_SamePressTwice_SecondUnchangedAndOneRowStored()
    {
        var meeting = await January23Async();
        var kristina = await MemberIdAsync("Kristina Magnusson");

        var first = await RecordAsync(meeting.Id, kristina, AttendanceAnswer.Accepted, Monday);
        var second = await RecordAsync(meeting.Id, kristina, AttendanceAnswer.Accepted, Monday.AddSeconds(2));

        Assert.Equal((AttendanceOutcome.Recorded, AttendanceOutcome.Unchanged), (first.Outcome, second.Outcome));
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.AttendanceReplies.CountAsync());
    }

    [Fact]
    public async Task RecordAsync_RedeliveredInvokeWithTheSameTime_Unchanged()
    {
        var meeting = await January23Async();
        var tomas = await MemberIdAsync("Tomas Rikse");
        await RecordAsync(meeting.Id, tomas, AttendanceAnswer.Accepted, Monday);
        await RecordAsync(meeting.Id, tomas, AttendanceAnswer.Declined, Monday.AddHours(1));

        var again = await RecordAsync(meeting.Id, tomas, AttendanceAnswer.Accepted, Monday);

        Assert.Equal(AttendanceOutcome.Unchanged, again.Outcome);
        Assert.Equal(AttendanceAnswer.Declined, again.Current!.Answer);
    }

    [Fact]
    public async Task RecordAsync_ChangedMind_LatestWinsAndBothKept()
    {
        var meeting = await January23Async();
        var kristina = await MemberIdAsync("Kristina Magnusson");
        await RecordAsync(meeting.Id, kristina, AttendanceAnswer.Accepted, Monday);

        var changed = await RecordAsync(meeting.Id, kristina, AttendanceAnswer.Declined, Monday.AddDays(1), ReplySource.Outlook);

        var attendance = await Attendance.GetAsync(meeting.Id, CancellationToken.None);
        Assert.Equal(AttendanceOutcome.Recorded, changed.Outcome);
        Assert.Equal((AttendanceAnswer.Declined, ReplySource.Outlook), (attendance!.Of(kristina)!.Answer!.Answer, attendance.Of(kristina)!.Answer!.Source));
        Assert.Equal(2, (await HistoryAsync(meeting.Id, kristina)).Count);
    }

    [Fact]
    public async Task RecordAsync_SeveralPressesOnOneService_EachDecidedOnTheOneBefore()
    {
        // One service, as the host has: on SQLite its writer starts each batch from what the last one committed.
        var attendance = Attendance;
        var meeting = await January23Async();
        var kristina = await MemberIdAsync("Kristina Magnusson");
        var tomas = await MemberIdAsync("Tomas Rikse");

        var outcomes = new List<AttendanceOutcome>();
        foreach (var (member, answer, minute) in new[]
        {
            (kristina, AttendanceAnswer.Accepted, 0), (tomas, AttendanceAnswer.Declined, 1), (kristina, AttendanceAnswer.Accepted, 2),
            (kristina, AttendanceAnswer.Declined, 3), (kristina, AttendanceAnswer.Accepted, 4),
        })
        {
            outcomes.Add((await attendance.RecordAsync(meeting.Id, member, answer, null, null, ReplySource.Teams, Monday.AddMinutes(minute), CancellationToken.None)).Outcome);
        }

        Assert.Equal(
            [AttendanceOutcome.Recorded, AttendanceOutcome.Recorded, AttendanceOutcome.Unchanged, AttendanceOutcome.Recorded, AttendanceOutcome.Recorded],
            outcomes);
        Assert.Equal(3, (await HistoryAsync(meeting.Id, kristina)).Count);
        var stored = await Attendance.GetAsync(meeting.Id, CancellationToken.None);
        Assert.Equal((AttendanceAnswer.Accepted, AttendanceAnswer.Declined), (stored!.Of(kristina)!.Answer!.Answer, stored.Of(tomas)!.Answer!.Answer));
    }

    [Fact]
    public async Task RecordAsync_MeetingCancelledByAnotherConnectionBetweenTwoPresses_SecondRefused()
    {
        var attendance = Attendance;
        var meeting = await January23Async();
        var kristina = await MemberIdAsync("Kristina Magnusson");
        var first = await attendance.RecordAsync(meeting.Id, kristina, AttendanceAnswer.Accepted, null, null, ReplySource.Teams, Monday, CancellationToken.None);

        // Another writer than the service's own (the command line beside the host, a sync), straight to the table.
        await using (var db = Factory.CreateDbContext())
        {
            await db.Meetings.Where(m => m.Id == meeting.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.State, MeetingState.Cancelled));
        }

        var second = await attendance.RecordAsync(meeting.Id, kristina, AttendanceAnswer.Declined, null, null, ReplySource.Teams, Monday.AddMinutes(1), CancellationToken.None);

        Assert.Equal((AttendanceOutcome.Recorded, AttendanceOutcome.MeetingCancelled), (first.Outcome, second.Outcome));
        Assert.Single(await HistoryAsync(meeting.Id, kristina));
    }

    [Fact]
    public async Task RecordAsync_AtTheMeetingsStart_RefusedAndNothingStored()
    {
        var meeting = await January23Async();

        var late = await RecordAsync(meeting.Id, await MemberIdAsync("Kristina Magnusson"), AttendanceAnswer.Accepted, meeting.StartsAt);

        Assert.Equal(AttendanceOutcome.MeetingStarted, late.Outcome);
        await using var db = Factory.CreateDbContext();
        Assert.Equal(0, await db.AttendanceReplies.CountAsync());
    }

    [Fact]
    public async Task RecordAsync_UnknownMeetingOrMember_Refused()
    {
        var meeting = await January23Async();

        Assert.Equal(AttendanceOutcome.UnknownMeeting, (await RecordAsync(9999, await MemberIdAsync("Kristina Magnusson"), AttendanceAnswer.Accepted, Monday)).Outcome);
        Assert.Equal(AttendanceOutcome.UnknownMember, (await RecordAsync(meeting.Id, 9999, AttendanceAnswer.Accepted, Monday)).Outcome);
    }

    [Fact]
    public async Task RecordAsync_SubstituteFromAnotherOrganisation_Refused()
    {
        var meeting = await January23Async();

        var result = await RecordAsync(meeting.Id, await MemberIdAsync("Tomas Rikse"), AttendanceAnswer.Declined, Monday, substitute: "Kristina Magnusson");

        Assert.Equal(AttendanceOutcome.InvalidSubstitute, result.Outcome);
    }

    [Fact]
    public async Task RecordAsync_SubstituteOfTheSameOrganisation_StoredWithTheRostersSpelling()
    {
        var meeting = await January23Async();
        var tomas = await MemberIdAsync("Tomas Rikse");

        var result = await RecordAsync(meeting.Id, tomas, AttendanceAnswer.Declined, Monday, substitute: "per persson", comment: "Krockar med KF");

        Assert.Equal(AttendanceOutcome.Recorded, result.Outcome);
        Assert.Equal(("Per Persson", "Krockar med KF"), (result.Current!.SubstituteName, result.Current.Comment));
        Assert.Equal(["Per Persson"], (await Roster.SubstitutesAsync(tomas, CancellationToken.None)).Select(s => s.Name));
    }

    [Fact]
    public async Task GetAsync_TwoAnswers_EveryRosterMemberListedWithTallyAndCommentsForTheSecretariatOnly()
    {
        var meeting = await January23Async();
        await RecordAsync(meeting.Id, await MemberIdAsync("Kristina Magnusson"), AttendanceAnswer.Accepted, Monday);
        await RecordAsync(meeting.Id, await MemberIdAsync("Tomas Rikse"), AttendanceAnswer.Declined, Monday, substitute: "Per Persson", comment: "KF");

        var attendance = (await Attendance.GetAsync(meeting.Id, CancellationToken.None))!;

        Assert.Equal(13, attendance.Members.Count);
        Assert.Equal(new AttendanceTally(1, 1, 11), attendance.Tally);
        Assert.Contains(attendance.Entries(withComments: true), e => e.Comment == "KF" && e.Substitute == "Per Persson");
        Assert.All(attendance.Entries(withComments: false), e => Assert.Null(e.Comment));
    }

    [Fact]
    public async Task RecordAsync_AnswersArrivingOutOfOrderFromBothSources_CurrentIsTheLatestAndTeamsWinsTies()
    {
        var meeting = await January23Async();
        var tomas = await MemberIdAsync("Tomas Rikse");
        var random = new Random(2026);
        var given = Enumerable.Range(0, 40)
            .Select(i => (
                Answer: random.Next(2) == 0 ? AttendanceAnswer.Accepted : AttendanceAnswer.Declined,
                At: Monday.AddMinutes(random.Next(15)),
                Source: random.Next(2) == 0 ? ReplySource.Teams : ReplySource.Outlook,
                Comment: $"svar {i}"))
            .ToList();

        foreach (var (answer, at, source, comment) in given)
        {
            await RecordAsync(meeting.Id, tomas, answer, at, source, comment: comment);
        }

        // The first stored of the answers at the latest time, Teams before Outlook: later equal ones say the same or lose the tie.
        var latest = given.Max(g => g.At);
        var expected = given.Where(g => g.At == latest).OrderBy(g => g.Source == ReplySource.Teams ? 0 : 1).First();
        var current = (await Attendance.GetAsync(meeting.Id, CancellationToken.None))!.Of(tomas)!.Answer!;
        Assert.Equal((expected.Answer, expected.At, expected.Source), (current.Answer, current.At, current.Source));
    }

    [Fact]
    public async Task RecordAsync_TwoInstancesAnswerForOneMemberAtOnce_CurrentIsTheLatestOfAllStored()
    {
        var meeting = await January23Async();
        var kristina = await MemberIdAsync("Kristina Magnusson");
        // Two hosts on one database: each with a write gate of its own, so nothing in the process orders them.
        AttendanceService[] instances = [new(Factory, new SqliteWriteGate()), new(Factory, new SqliteWriteGate())];

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => instances[i % 2].RecordAsync(
            meeting.Id, kristina, i % 2 == 0 ? AttendanceAnswer.Accepted : AttendanceAnswer.Declined, null, null,
            ReplySource.Teams, Monday.AddSeconds(i), CancellationToken.None))));

        var history = await HistoryAsync(meeting.Id, kristina);
        var current = (await Attendance.GetAsync(meeting.Id, CancellationToken.None))!.Of(kristina)!.Answer!;
        Assert.Equal(history.Max(a => a.At), current.At);
    }

    [Fact]
    public async Task RecordAsync_ManyAnswersAtOnceThroughOneService_EachDecidedAsIfAlone()
    {
        var meeting = await January23Async();
        var members = await Task.WhenAll(new[] { "Kristina Magnusson", "Tomas Rikse", "Per Persson" }.Select(MemberIdAsync));
        var service = Attendance;

        // Written in batches as they queue up; every answer is still decided on all stored before it.
        var results = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Task.Run(() => service.RecordAsync(
            meeting.Id, members[i % 3], i % 2 == 0 ? AttendanceAnswer.Accepted : AttendanceAnswer.Declined, null, $"svar {i}",
            ReplySource.Teams, Monday.AddMinutes(i), CancellationToken.None))));

        var attendance = (await Attendance.GetAsync(meeting.Id, CancellationToken.None))!;
        foreach (var member in members)
        {
            var history = await HistoryAsync(meeting.Id, member);
            var latest = history.MaxBy(a => a.At)!;
            Assert.Equal(latest, attendance.Of(member)!.Answer);
        }

        await using var db = Factory.CreateDbContext();
        Assert.Equal(results.Count(r => r.Outcome is AttendanceOutcome.Recorded or AttendanceOutcome.Superseded), await db.AttendanceReplies.CountAsync());
        Assert.All(results, r => Assert.Contains(r.Outcome, new[] { AttendanceOutcome.Recorded, AttendanceOutcome.Superseded, AttendanceOutcome.Unchanged }));
    }

    [Fact]
    public async Task OutlookReplies_CalendarRead_StoredAsOutlookAnswersByEmail()
    {
        await Scheduler.CreateAsync(2026, MeetingPlan.FromProtocol(Seed, 2026), CancellationToken.None);
        var meeting = (await Meetings.FindByDateAsync(new DateOnly(2026, 1, 23), CancellationToken.None))!;
        var external = (await Calendar.ListAsync(SeriesDefinition.IdForYear(2026), CancellationToken.None)).Single(e => e.Date == meeting.Date).ExternalId;
        MeetingResponses[] read =
        [
            new(meeting.Date, external,
            [
                new(Email("Tomas Rikse").ToUpperInvariant(), CalendarResponse.Declined, Monday),
                new(Email("Elin Ask"), CalendarResponse.TentativelyAccepted, Monday),
                new("someone@elsewhere.se", CalendarResponse.Accepted, Monday),
            ]),
        ];

        var recorded = await Outlook.RecordAsync(SeriesDefinition.IdForYear(2026), read, CancellationToken.None);
        var again = await Outlook.RecordAsync(SeriesDefinition.IdForYear(2026), read, CancellationToken.None);

        var tomas = (await Attendance.GetAsync(meeting.Id, CancellationToken.None))!.Of(await MemberIdAsync("Tomas Rikse"))!;
        Assert.Equal((1, 0), (recorded, again));
        Assert.Equal((AttendanceAnswer.Declined, ReplySource.Outlook), (tomas.Answer!.Answer, tomas.Answer.Source));
        await using var db = Factory.CreateDbContext();
        Assert.Equal(1, await db.AttendanceReplies.CountAsync());
    }
}

public sealed class SqliteAttendanceServiceTests : AttendanceServiceTests<SqliteTestDatabase>;

public sealed class PostgresAttendanceServiceTests : AttendanceServiceTests<PostgresTestDatabase>;
