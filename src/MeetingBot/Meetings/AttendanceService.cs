using MeetingBot.Core.Meetings;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using MeetingBot.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Meetings;

/// <summary>
/// Members' answers to meetings. Every answer is kept with its time and source; the latest counts
/// (<see cref="AttendanceRules"/>). An answer equal to the current one stores nothing, so a double
/// press, a re-delivered invoke or a re-read of Outlook changes nothing. Answers given at or after
/// the meeting's start are refused.
/// </summary>
internal sealed class AttendanceService(IDbContextFactory<MeetingBotDbContext> factory, SqliteWriteGate writes)
{
    private const int MaxCommentLength = 2000;

    /// <summary>A service with a gate of its own, for tools and tests that do not share one.</summary>
    public AttendanceService(IDbContextFactory<MeetingBotDbContext> factory)
        : this(factory, new SqliteWriteGate())
    {
    }

    /// <summary>An answer from anywhere (Outlook's re-read, tests): reads the meeting and the roster itself.</summary>
    /// <param name="substituteName">
    /// Who comes instead (declines only): a roster member of the same organisation by name, or a
    /// name the roster does not know (see <see cref="Substitutes"/>).
    /// </param>
    public async Task<AttendanceRecordResult> RecordAsync(
        int meetingId, int memberId, AttendanceAnswer answer, string? substituteName, string? comment,
        ReplySource source, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return new(AttendanceOutcome.UnknownMeeting, null);
        }

        var roster = await RosterStore.MembersAsync(db, cancellationToken);
        return await RecordAsync(
            db, new(meetingId, meeting.StartUtc, meeting.State), roster, new(memberId, answer, substituteName, comment, source, at), cancellationToken);
    }

    /// <summary>
    /// A press on a card: one unit of work on the meeting and roster the turn has already read. One read of
    /// the meeting's answers and one insert; the result carries the attendance afterwards, so the presser's
    /// card needs no second read.
    /// </summary>
    public async Task<AttendanceRecordResult> RecordAsync(
        Meeting meeting, IReadOnlyList<RosterMember> roster, int memberId, AttendanceAnswer answer, string? substituteName, string? comment,
        ReplySource source, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        await using var db = factory.CreateDbContext();
        return await RecordAsync(
            db, new(meeting.Id, meeting.StartsAt, meeting.State), roster, new(memberId, answer, substituteName, comment, source, at), cancellationToken);
    }

    private async Task<AttendanceRecordResult> RecordAsync(
        MeetingBotDbContext db, MeetingWindow meeting, IReadOnlyList<RosterMember> roster, GivenAnswer reply, CancellationToken cancellationToken)
    {
        var member = roster.FirstOrDefault(m => m.Id == reply.MemberId);
        if (member is null)
        {
            return new(AttendanceOutcome.UnknownMember, null);
        }

        if (!member.IsAttendee)
        {
            // The secretariat's shared identity may press a card's button; it answers for nobody.
            return new(AttendanceOutcome.NotAnAttendee, null);
        }

        // Read, decide and write in one turn of SQLite's single writer: presses queue here instead of
        // sleeping on a locked file, and no other answer can slip in between the read and the insert.
        using var turn = await writes.EnterAsync(db, cancellationToken);
        var answers = await AnswersAsync(db, meeting.Id, cancellationToken);
        var current = AttendanceRules.Current(answers[member.Id]);
        var (validSubstitute, substitute) = reply.Answer == AttendanceAnswer.Declined
            ? Substitutes.Resolve(member, reply.SubstituteName, roster)
            : (true, null);
        if (!validSubstitute)
        {
            return new(AttendanceOutcome.InvalidSubstitute, current, Of(meeting.Id, roster, answers));
        }

        var given = new MemberAnswer(reply.Answer, substitute, Comment(reply.Comment), reply.Source, reply.At.ToUniversalTime());
        var outcome = AttendanceRules.Decide(current, given, meeting.StartsAt, meeting.State);
        if (outcome is not (AttendanceOutcome.Recorded or AttendanceOutcome.Superseded))
        {
            return new(outcome, current, Of(meeting.Id, roster, answers));
        }

        db.AttendanceReplies.Add(new AttendanceReplyRow
        {
            MeetingId = meeting.Id,
            MemberId = member.Id,
            Response = reply.Answer == AttendanceAnswer.Accepted ? AttendanceResponse.Accepted : AttendanceResponse.Declined,
            SubstituteName = given.SubstituteName,
            Comment = given.Comment,
            RecordedAt = given.At,
            Source = reply.Source,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // The same source already gave an answer at this very instant: the same reply delivered twice.
            var again = await AnswersAsync(db, meeting.Id, cancellationToken);
            return new(AttendanceOutcome.Unchanged, AttendanceRules.Current(again[member.Id]), Of(meeting.Id, roster, again));
        }

        MeetingBotMetrics.AnswerRecorded(reply.Source.ToString());
        var after = answers.SelectMany(g => g.Select(a => (g.Key, a))).Append((member.Id, given)).ToLookup(p => p.Item1, p => p.Item2);
        return new(outcome, outcome == AttendanceOutcome.Recorded ? given : current, Of(meeting.Id, roster, after));
    }

    /// <summary>
    /// Every attendee on the roster (not the secretariat's shared identity) with the answer that
    /// counts, in roster order; null for an unknown meeting. Tallies, attendance lists, drafts and
    /// reminders all start here, so none of them counts the shared identity.
    /// </summary>
    public async Task<MeetingAttendance?> GetAsync(int meetingId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        if (!await db.Meetings.AnyAsync(m => m.Id == meetingId, cancellationToken))
        {
            return null;
        }

        var roster = await RosterStore.MembersAsync(db, cancellationToken);
        return Of(meetingId, roster, await AnswersAsync(db, meetingId, cancellationToken));
    }

    /// <summary><see cref="GetAsync(int, CancellationToken)"/> for a meeting the caller has, with the roster the turn has read: one read of the answers.</summary>
    public async Task<MeetingAttendance> GetAsync(int meetingId, IReadOnlyList<RosterMember> roster, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return Of(meetingId, roster, await AnswersAsync(db, meetingId, cancellationToken));
    }

    private static MeetingAttendance Of(int meetingId, IReadOnlyList<RosterMember> roster, ILookup<int, MemberAnswer> answers) =>
        new(meetingId, [.. roster.Where(m => m.IsAttendee).Select(m => new MemberAttendance(m, AttendanceRules.Current(answers[m.Id])))]);

    private static async Task<ILookup<int, MemberAnswer>> AnswersAsync(MeetingBotDbContext db, int meetingId, CancellationToken cancellationToken) =>
        (await Answers(db).Where(r => r.MeetingId == meetingId).ToListAsync(cancellationToken)).ToLookup(r => r.MemberId, ToAnswer);

    /// <summary>Every answer a member gave to a meeting, oldest first: where each came from, for the secretariat.</summary>
    public async Task<IReadOnlyList<MemberAnswer>> HistoryAsync(int meetingId, int memberId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var replies = await Answers(db).Where(r => r.MeetingId == meetingId && r.MemberId == memberId).ToListAsync(cancellationToken);
        return [.. replies.Select(ToAnswer).OrderBy(a => a.At)];
    }

    /// <summary>Only "coming" and "apologies" are answers; the table's other responses (tentative, none) never count.</summary>
    private static IQueryable<AttendanceReplyRow> Answers(MeetingBotDbContext db) =>
        db.AttendanceReplies.AsNoTracking()
            .Where(r => r.Response == AttendanceResponse.Accepted || r.Response == AttendanceResponse.Declined);

    private static MemberAnswer ToAnswer(AttendanceReplyRow row) => new(
        row.Response == AttendanceResponse.Accepted ? AttendanceAnswer.Accepted : AttendanceAnswer.Declined,
        row.SubstituteName, row.Comment, row.Source, row.RecordedAt);

    private static string? Comment(string? comment)
    {
        var trimmed = comment?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length <= MaxCommentLength ? trimmed : trimmed[..MaxCommentLength];
    }

    /// <summary>The meeting as far as an answer cares: when answers stop and whether it still takes place.</summary>
    private sealed record MeetingWindow(int Id, DateTimeOffset StartsAt, MeetingState State);

    private sealed record GivenAnswer(int MemberId, AttendanceAnswer Answer, string? SubstituteName, string? Comment, ReplySource Source, DateTimeOffset At);
}
