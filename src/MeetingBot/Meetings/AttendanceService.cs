using MeetingBot.Core.Meetings;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using MeetingBot.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Meetings;

/// <summary>
/// Members' answers to meetings. Every answer is kept with its time and source; the latest counts
/// (<see cref="AttendanceRules"/>), and <see cref="CurrentAnswerRow"/> points at it, so reading a meeting's
/// attendance costs one row per member however long the history. An answer equal to the current one stores nothing, so a double
/// press, a re-delivered invoke or a re-read of Outlook changes nothing. Answers given at or after
/// the meeting's start are refused.
/// </summary>
internal sealed partial class AttendanceService(IDbContextFactory<MeetingBotDbContext> factory, SqliteWriteGate writes)
{
    private const int MaxCommentLength = 2000;

    private readonly SqliteWriteGate writeGate = writes;

    /// <summary>An answer from anywhere (Outlook's re-read, tests): reads the roster itself.</summary>
    /// <param name="substituteName">
    /// Who comes instead (declines only): a roster member of the same organisation by name, or a
    /// name the roster does not know (see <see cref="Substitutes"/>).
    /// </param>
    public async Task<AttendanceRecordResult> RecordAsync(
        int meetingId, int memberId, AttendanceAnswer answer, string? substituteName, string? comment,
        ReplySource source, DateTimeOffset at, CancellationToken cancellationToken)
    {
        IReadOnlyList<RosterMember> roster;
        await using (var db = factory.CreateDbContext())
        {
            roster = await RosterStore.MembersAsync(db, cancellationToken);
        }

        return await SubmitAsync(meetingId, roster, new(memberId, answer, substituteName, comment, source, at), cancellationToken);
    }

    /// <summary>
    /// A press on a card: one unit of work with the roster the turn has already read. The meeting's start,
    /// state and current answers are those stored when the write's own transaction runs (read in it, or on
    /// SQLite kept from the writer's last commit while no other connection has written since), so an answer is
    /// decided on the meeting as stored, never on a copy kept by time; the result carries the attendance
    /// afterwards, so the presser's card needs no second read.
    /// </summary>
    public async Task<AttendanceRecordResult> RecordAsync(
        Meeting meeting, IReadOnlyList<RosterMember> roster, int memberId, AttendanceAnswer answer, string? substituteName, string? comment,
        ReplySource source, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return await SubmitAsync(meeting.Id, roster, new(memberId, answer, substituteName, comment, source, at), cancellationToken);
    }

    /// <summary>
    /// Every attendee on the roster (not the secretariat's shared identity) with the answer that
    /// counts, in roster order; null for an unknown meeting. Tallies, attendance lists, drafts and
    /// reminders all start here, so none of them counts the shared identity.
    /// </summary>
    public async Task<MeetingAttendance?> GetAsync(int meetingId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        if (await ReadAsync(db, meetingId, cancellationToken) is not { } read)
        {
            return null;
        }

        return Of(meetingId, await RosterStore.MembersAsync(db, cancellationToken), read.Answers);
    }

    /// <summary><see cref="GetAsync(int, CancellationToken)"/> for a meeting the caller has, with the roster the turn has read: one read of the answers.</summary>
    public async Task<MeetingAttendance> GetAsync(int meetingId, IReadOnlyList<RosterMember> roster, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return Of(meetingId, roster, (await ReadAsync(db, meetingId, cancellationToken))?.Answers ?? []);
    }

    private static async Task<(MeetingWindow Meeting, Dictionary<int, StoredAnswer> Answers)?> ReadAsync(
        MeetingBotDbContext db, int meetingId, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var commands = new AnswerCommands(db.Database.GetDbConnection());
        return await commands.ReadAsync(meetingId, cancellationToken);
    }

    private static MeetingAttendance Of(int meetingId, IReadOnlyList<RosterMember> roster, IReadOnlyDictionary<int, StoredAnswer> answers) =>
        new(meetingId, [.. roster.Where(m => m.IsAttendee).Select(m => new MemberAttendance(m, Answer(answers, m.Id)))]);

    private static MemberAnswer? Answer(IReadOnlyDictionary<int, StoredAnswer> answers, int memberId) =>
        answers.GetValueOrDefault(memberId)?.Answer;

    private static string? Comment(string? comment)
    {
        var trimmed = comment?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length <= MaxCommentLength ? trimmed : trimmed[..MaxCommentLength];
    }

    /// <summary>The meeting as far as an answer cares: when answers stop and whether it still takes place.</summary>
    private sealed record MeetingWindow(int Id, DateTimeOffset StartsAt, MeetingState State);

    /// <summary>An answer that counts, with the reply row it is (<see cref="NotYetStored"/> while staged in a unit of work).</summary>
    private sealed record StoredAnswer(long ReplyId, MemberAnswer Answer)
    {
        public const long NotYetStored = 0;
    }

    private sealed record GivenAnswer(int MemberId, AttendanceAnswer Answer, string? SubstituteName, string? Comment, ReplySource Source, DateTimeOffset At);
}
