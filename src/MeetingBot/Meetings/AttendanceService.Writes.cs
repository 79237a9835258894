using System.Collections.Concurrent;
using MeetingBot.Core.Meetings;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using MeetingBot.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Meetings;

/// <summary>
/// The write side: answers are group-committed. Each answer joins a queue and waits for the process's
/// one writer of answers (and, on SQLite, the database's single writer, <see cref="SqliteWriteGate"/>); whoever gets the turn decides and writes every answer queued by
/// then in one transaction, in arrival order, each decided on the answers before it, exactly as if they
/// had come one at a time. Those answered meanwhile find their result when their turn comes and leave.
/// Under a burst of presses one read of the current answers and one commit serve them all, where each
/// used to pay its own; a single press is written at once, as before.
/// </summary>
internal sealed partial class AttendanceService
{
    /// <summary>Answers written in one transaction at most, so one turn stays short.</summary>
    private const int MaxBatch = 64;

    /// <summary>Tries of one answer when another instance wrote this member's answer at the same moment.</summary>
    private const int MaxAttempts = 3;

    private readonly ConcurrentQueue<PendingAnswer> queued = new();

    /// <summary>
    /// One writer of answers in this process on either provider: on PostgreSQL, which has no
    /// <see cref="SqliteWriteGate"/>, concurrent writers for one member would otherwise keep failing
    /// each other's pointer moves; only other instances are left to race, and they retry.
    /// </summary>
    private readonly SemaphoreSlim writer = new(1, 1);

    private async Task<AttendanceRecordResult> SubmitAsync(
        MeetingBotDbContext db, int meetingId, IReadOnlyList<RosterMember> roster, GivenAnswer reply, CancellationToken cancellationToken)
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

        var mine = new PendingAnswer(meetingId, roster, member, reply);
        queued.Enqueue(mine);
        var writing = false;
        try
        {
            await writer.WaitAsync(cancellationToken);
            writing = true;
            using var turn = await writeGate.EnterAsync(db, cancellationToken);

            // One open for the turn's reads and writes, not one per statement: each open of a SQLite
            // connection registers EF's SQL functions again.
            await db.Database.OpenConnectionAsync(cancellationToken);
            while (!mine.Completion.Task.IsCompleted && Dequeue() is { Count: > 0 } batch)
            {
                await WriteAsync(db, batch);
            }
        }
        catch (OperationCanceledException)
        {
            // Given up before its turn: whoever writes next skips it, so it is not stored behind the caller's back.
            mine.Completion.TrySetCanceled(cancellationToken);
            throw;
        }
        finally
        {
            if (writing)
            {
                writer.Release();
            }
        }

        return await mine.Completion.Task.WaitAsync(cancellationToken);
    }

    private List<PendingAnswer> Dequeue()
    {
        var batch = new List<PendingAnswer>();
        while (batch.Count < MaxBatch && queued.TryDequeue(out var next))
        {
            if (!next.Completion.Task.IsCompleted)
            {
                batch.Add(next);
            }
        }

        return batch;
    }

    /// <summary>
    /// One transaction for the batch. Should it meet another instance's write or a reply already stored, the
    /// batch is written again one answer at a time, each on a fresh read. Every answer's caller hears the
    /// outcome, or the failure; none waits on the callers' cancellation, since the others depend on the write.
    /// </summary>
    private static async Task WriteAsync(MeetingBotDbContext db, List<PendingAnswer> batch)
    {
        try
        {
            var results = new AttendanceRecordResult[batch.Count];
            var meetings = new Dictionary<int, StagedMeeting>();
            for (var i = 0; i < batch.Count; i++)
            {
                var meetingId = batch[i].MeetingId;
                if (!meetings.TryGetValue(meetingId, out var staged))
                {
                    meetings[meetingId] = staged = await StagedMeeting.ReadAsync(db, meetingId);
                }

                results[i] = Stage(db, batch[i], staged);
            }

            try
            {
                await db.SaveChangesAsync(CancellationToken.None);
            }
            catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || UniqueViolation.Is(ex))
            {
                db.ChangeTracker.Clear();
                for (var i = 0; i < batch.Count; i++)
                {
                    results[i] = await WriteOneAsync(db, batch[i]);
                }
            }

            for (var i = 0; i < batch.Count; i++)
            {
                if (results[i].Outcome is AttendanceOutcome.Recorded or AttendanceOutcome.Superseded)
                {
                    MeetingBotMetrics.AnswerRecorded(batch[i].Reply.Source.ToString());
                }

                batch[i].Completion.TrySetResult(results[i]);
            }
        }
        catch (Exception ex)
        {
            db.ChangeTracker.Clear();
            foreach (var answer in batch)
            {
                answer.Completion.TrySetException(ex);
            }
        }
    }

    private static async Task<AttendanceRecordResult> WriteOneAsync(MeetingBotDbContext db, PendingAnswer answer)
    {
        for (var attempt = 1; ; attempt++)
        {
            var staged = await StagedMeeting.ReadAsync(db, answer.MeetingId);
            var result = Stage(db, answer, staged);
            try
            {
                await db.SaveChangesAsync(CancellationToken.None);
                return result;
            }
            catch (DbUpdateException ex) when (attempt < MaxAttempts && (ex is DbUpdateConcurrencyException || UniqueViolation.Is(ex)))
            {
                // Another instance moved this member's answer between the read and the write (PostgreSQL;
                // SQLite's turn rules it out), or this reply was stored already: decide again on what is there now.
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
            {
                // The same source already gave an answer at this very instant: the same reply delivered twice.
                db.ChangeTracker.Clear();
                var again = await CurrentAsync(db, answer.MeetingId, CancellationToken.None);
                return new(AttendanceOutcome.Unchanged, Answer(again, answer.Member.Id), Of(answer.MeetingId, answer.Roster, again));
            }
        }
    }

    /// <summary>Decides one answer on the meeting's answers as staged so far and stages its reply (and pointer, when it counts).</summary>
    private static AttendanceRecordResult Stage(MeetingBotDbContext db, PendingAnswer pending, StagedMeeting staged)
    {
        var (roster, member, reply) = (pending.Roster, pending.Member, pending.Reply);
        if (staged.Meeting is not { } meeting)
        {
            return new(AttendanceOutcome.UnknownMeeting, null);
        }

        var answers = staged.Answers;
        var current = Answer(answers, member.Id);
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

        var row = new AttendanceReplyRow
        {
            MeetingId = meeting.Id,
            MemberId = member.Id,
            Response = reply.Answer == AttendanceAnswer.Accepted ? AttendanceResponse.Accepted : AttendanceResponse.Declined,
            SubstituteName = given.SubstituteName,
            Comment = given.Comment,
            RecordedAt = given.At,
            Source = reply.Source,
        };
        db.AttendanceReplies.Add(row);
        if (outcome == AttendanceOutcome.Superseded)
        {
            return new(outcome, current, Of(meeting.Id, roster, answers));
        }

        staged.PointAt(db, meeting.Id, member.Id, row);
        answers[member.Id] = new(StoredAnswer.NotYetStored, given);
        return new(outcome, given, Of(meeting.Id, roster, answers));
    }

    /// <summary>One meeting's current answers within a unit of work: as read, then as each staged answer left them.</summary>
    private sealed class StagedMeeting(MeetingWindow? meeting, Dictionary<int, StoredAnswer> answers)
    {
        private readonly Dictionary<int, CurrentAnswerRow> pointers = [];

        /// <summary>The meeting's start and state as stored now; null when there is no such meeting.</summary>
        public MeetingWindow? Meeting { get; } = meeting;

        public Dictionary<int, StoredAnswer> Answers { get; } = answers;

        public static async Task<StagedMeeting> ReadAsync(MeetingBotDbContext db, int meetingId)
        {
            var meeting = await db.Meetings.AsNoTracking()
                .Where(m => m.Id == meetingId)
                .Select(m => new MeetingWindow(m.Id, m.StartUtc, m.State))
                .SingleOrDefaultAsync();
            return new(meeting, meeting is null ? [] : await CurrentAsync(db, meetingId, CancellationToken.None));
        }

        /// <summary>
        /// Moves the member's pointer to the new reply. A pointer read from the database is updated on the reply
        /// id it had (the concurrency token), so a racing move by another instance fails instead of being lost.
        /// </summary>
        public void PointAt(MeetingBotDbContext db, int meetingId, int memberId, AttendanceReplyRow reply)
        {
            if (!pointers.TryGetValue(memberId, out var pointer))
            {
                pointer = new CurrentAnswerRow { MeetingId = meetingId, MemberId = memberId };
                if (Answers.GetValueOrDefault(memberId) is { } stored)
                {
                    pointer.ReplyId = stored.ReplyId;
                    db.CurrentAnswers.Attach(pointer);
                }
                else
                {
                    db.CurrentAnswers.Add(pointer);
                }

                pointers[memberId] = pointer;
            }

            pointer.Reply = reply;
        }
    }

    private sealed record PendingAnswer(int MeetingId, IReadOnlyList<RosterMember> Roster, RosterMember Member, GivenAnswer Reply)
    {
        public TaskCompletionSource<AttendanceRecordResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
