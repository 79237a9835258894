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
internal sealed class AttendanceService(IDbContextFactory<MeetingBotDbContext> factory)
{
    private const int MaxCommentLength = 2000;

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

        var roster = await RosterMembers.ListAsync(db, cancellationToken);
        var member = roster.FirstOrDefault(m => m.Id == memberId);
        if (member is null)
        {
            return new(AttendanceOutcome.UnknownMember, null);
        }

        if (!member.IsAttendee)
        {
            // The secretariat's shared identity may press a card's button; it answers for nobody.
            return new(AttendanceOutcome.NotAnAttendee, null);
        }

        var current = await CurrentAsync(db, meetingId, memberId, cancellationToken);
        var (validSubstitute, substitute) = answer == AttendanceAnswer.Declined
            ? Substitutes.Resolve(member, substituteName, roster)
            : (true, null);
        if (!validSubstitute)
        {
            return new(AttendanceOutcome.InvalidSubstitute, current);
        }

        var given = new MemberAnswer(answer, substitute, Comment(comment), source, at.ToUniversalTime());
        var outcome = AttendanceRules.Decide(current, given, meeting.StartUtc, meeting.State);
        if (outcome is not (AttendanceOutcome.Recorded or AttendanceOutcome.Superseded))
        {
            return new(outcome, current);
        }

        db.AttendanceReplies.Add(new AttendanceReplyRow
        {
            MeetingId = meetingId,
            MemberId = memberId,
            Response = answer == AttendanceAnswer.Accepted ? AttendanceResponse.Accepted : AttendanceResponse.Declined,
            SubstituteName = given.SubstituteName,
            Comment = given.Comment,
            RecordedAt = given.At,
            Source = source,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // The same source already gave an answer at this very instant: the same reply delivered twice.
            return new(AttendanceOutcome.Unchanged, await CurrentAsync(db, meetingId, memberId, cancellationToken));
        }

        MeetingBotMetrics.AnswerRecorded(source.ToString());
        return new(outcome, outcome == AttendanceOutcome.Recorded ? given : current);
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

        var roster = await RosterMembers.ListAsync(db, cancellationToken);
        var replies = await Answers(db).Where(r => r.MeetingId == meetingId).ToListAsync(cancellationToken);
        var byMember = replies.ToLookup(r => r.MemberId, ToAnswer);
        return new MeetingAttendance(meetingId, [.. roster.Where(m => m.IsAttendee).Select(m => new MemberAttendance(m, AttendanceRules.Current(byMember[m.Id])))]);
    }

    /// <summary>Every answer a member gave to a meeting, oldest first: where each came from, for the secretariat.</summary>
    public async Task<IReadOnlyList<MemberAnswer>> HistoryAsync(int meetingId, int memberId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var replies = await Answers(db).Where(r => r.MeetingId == meetingId && r.MemberId == memberId).ToListAsync(cancellationToken);
        return [.. replies.Select(ToAnswer).OrderBy(a => a.At)];
    }

    /// <summary>The roster with ids, by organisation and name.</summary>
    public async Task<IReadOnlyList<RosterMember>> RosterAsync(CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await RosterMembers.ListAsync(db, cancellationToken);
    }

    /// <summary>The member Teams names by <c>from.aadObjectId</c>, or null when the roster has nobody with it.</summary>
    public async Task<RosterMember?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return (await RosterMembers.ListAsync(db, cancellationToken))
            .FirstOrDefault(m => string.Equals(m.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Remembers which roster member a Teams user is, found by their email (Teams gives it with the
    /// member's details), so later invokes find them by <c>from.aadObjectId</c> alone. Null when no
    /// member has that email. Linking the same id again changes nothing; an id already linked to
    /// another member moves to this one, since Entra ids are not reused.
    /// </summary>
    public async Task<RosterMember?> LinkAadObjectIdAsync(string email, string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);
        var normalised = RosterStore.NormaliseEmail(email);
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var member = await db.Members.SingleOrDefaultAsync(m => m.Email == normalised, cancellationToken);
        if (member is null)
        {
            return null;
        }

        if (!string.Equals(member.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase))
        {
            var previous = await db.Members.Where(m => m.AadObjectId == aadObjectId).ToListAsync(cancellationToken);
            previous.ForEach(m => m.AadObjectId = null);
            await db.SaveChangesAsync(cancellationToken);
            member.AadObjectId = aadObjectId;
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new RosterMember(member.Id, member.Name, member.Organisation, member.Email, member.Role, member.AadObjectId);
    }

    /// <summary>The people the member may name as substitute: the roster's others of their organisation.</summary>
    public async Task<IReadOnlyList<RosterMember>> SubstitutesAsync(int memberId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var roster = await RosterMembers.ListAsync(db, cancellationToken);
        var member = roster.FirstOrDefault(m => m.Id == memberId);
        return member is null ? [] : Substitutes.Candidates(member, [.. roster.Where(m => m.IsAttendee)]);
    }

    private static async Task<MemberAnswer?> CurrentAsync(MeetingBotDbContext db, int meetingId, int memberId, CancellationToken cancellationToken)
    {
        var replies = await Answers(db).Where(r => r.MeetingId == meetingId && r.MemberId == memberId).ToListAsync(cancellationToken);
        return AttendanceRules.Current(replies.Select(ToAnswer));
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
}
