using System.Collections.Concurrent;
using System.Data.Common;
using MeetingBot.Core.Meetings;
using MeetingBot.Storage;
using MeetingBot.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace MeetingBot.Meetings;

/// <summary>
/// The write side: answers are group-committed. Each answer joins a queue; the process's one writer of
/// answers (started by the answer that finds none running) takes whatever is queued, decides and writes it
/// in one transaction, in arrival order, each decided on the answers before it, exactly as if they had
/// come one at a time, and goes on until the queue is empty. On SQLite each batch takes the database's
/// single writer turn (<see cref="SqliteWriteGate"/>). Under a burst one read of the current answers and
/// one commit serve them all, where each used to pay its own; a single press is written at once.
/// </summary>
internal sealed partial class AttendanceService
{
    /// <summary>Answers written in one transaction at most, so one turn stays short.</summary>
    private const int MaxBatch = 64;

    /// <summary>Tries of one answer when another instance wrote this member's answer at the same moment.</summary>
    private const int MaxAttempts = 3;

    private readonly ConcurrentQueue<PendingAnswer> queued = new();

    private readonly KeptMeetings kept = new();

    /// <summary>The answer statements, kept between the writer's turns on the same connection.</summary>
    private readonly KeptStatements<AnswerCommands> statements = new(connection => new AnswerCommands(connection));

    /// <summary>
    /// 1 while this process's one writer of answers runs. One writer on either provider: on PostgreSQL, which
    /// has no <see cref="SqliteWriteGate"/>, concurrent writers for one member would otherwise keep failing
    /// each other's pointer moves; only other instances are left to race, and they retry.
    /// </summary>
    private int draining;

    private async Task<AttendanceRecordResult> SubmitAsync(
        int meetingId, IReadOnlyList<RosterMember> roster, GivenAnswer reply, CancellationToken cancellationToken)
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
        if (Interlocked.Exchange(ref draining, 1) == 0)
        {
            // The writer runs on its own: each caller waits for its answer only, never in line to find out
            // that the writer before it has written it already (under a burst that convoy cost more than the writes).
            _ = Task.Run(DrainAsync, CancellationToken.None);
        }

        try
        {
            return await mine.Completion.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && mine.Completion.TrySetCanceled(cancellationToken))
        {
            // Given up before its turn: the writer skips it, so it is not stored behind the caller's back.
            throw;
        }
    }

    /// <summary>
    /// Writes batches until the queue is empty, taking the database's turn per batch. On SQLite the batches are written
    /// on the write gate's connection, and the disk flush of each commit comes after the turn, beside the next batch's
    /// write (<see cref="SqliteNormalSync"/>), and before anyone hears that their answer is stored.
    /// </summary>
    private async Task DrainAsync()
    {
        do
        {
            try
            {
                await using var db = factory.CreateDbContext();
                var flushed = Task.CompletedTask;
                try
                {
                    while (true)
                    {
                        if (Dequeue() is not { Count: > 0 } batch)
                        {
                            if (flushed.IsCompleted)
                            {
                                break;
                            }

                            // Answers that arrive during the last flush are written by this writer.
                            await flushed;
                            continue;
                        }

                        var (outcome, flush) = await WriteInTurnAsync(db, batch);
                        if (flush is null)
                        {
                            Tell(batch, outcome);
                            continue;
                        }

                        flushed = FlushThenTellAsync(flushed, batch, outcome, flush);
                    }
                }
                finally
                {
                    await flushed;
                }
            }
            catch (Exception ex)
            {
                // No context: everyone waiting hears why. A batch's own failures are told in Tell.
                while (queued.TryDequeue(out var answer))
                {
                    answer.Completion.TrySetException(ex);
                }
            }

            Volatile.Write(ref draining, 0);
        }
        while (!queued.IsEmpty && Interlocked.Exchange(ref draining, 1) == 0);
    }

    /// <summary>
    /// One batch in one turn, on the turn's context: on SQLite the write gate's connection, which the dedupe store's
    /// writer shares, so neither drops the other's page cache; elsewhere <paramref name="own"/>.
    /// </summary>
    /// <returns>The batch's outcome, and the flush its callers wait for (null when the commit waited for the disk itself).</returns>
    private async Task<(BatchOutcome Outcome, SqliteNormalSync? Flush)> WriteInTurnAsync(MeetingBotDbContext own, List<PendingAnswer> batch)
    {
        try
        {
            using var turn = await writeGate.EnterWriterAsync(own, CancellationToken.None);
            if (ReferenceEquals(turn.Db, own) && own.Database.GetDbConnection().State != System.Data.ConnectionState.Open)
            {
                // One open for the writer's reads and writes, not one per statement.
                await own.Database.OpenConnectionAsync();
            }

            var commands = await statements.OnAsync(turn.Db.Database.GetDbConnection());
            var outcome = await WriteAsync(turn.Db, commands, batch);
            if (outcome.Failure is not null)
            {
                // Whatever failed, the next batch prepares its statements afresh; disposed within the turn, which owns the connection.
                await statements.ForgetAsync();
            }

            return (outcome, turn.Sync);
        }
        catch (Exception ex)
        {
            // The turn or its connection could not be had: this batch hears why, and the next one tries again.
            return (new(null, ex), null);
        }
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
    /// batch is written again one answer at a time, each on a fresh read. Nobody is answered here: the callers
    /// hear the outcome once it is durable (<see cref="Tell"/>), and none waits on the callers' cancellation,
    /// since the others depend on the write.
    /// </summary>
    private async Task<BatchOutcome> WriteAsync(MeetingBotDbContext db, AnswerCommands commands, List<PendingAnswer> batch)
    {
        try
        {
            var results = await TryWriteAsync(db, commands, batch);
            if (results is null)
            {
                results = new AttendanceRecordResult[batch.Count];
                for (var i = 0; i < batch.Count; i++)
                {
                    results[i] = await WriteOneAsync(db, commands, batch[i]);
                }
            }

            return new(results, null);
        }
        catch (Exception ex)
        {
            return new(null, ex);
        }
    }

    /// <summary>
    /// Flushes the batch's commit to disk, then tells its callers; beside the next batch's write, which needs the
    /// connection and the turn but not the disk. Flushes run one after the other, in the order of the commits, so
    /// each covers its own commit and any before it. A flush that fails fails the batch's callers.
    /// </summary>
    private static async Task FlushThenTellAsync(Task before, List<PendingAnswer> batch, BatchOutcome outcome, SqliteNormalSync flush)
    {
        // Off the writer's thread even when the flush before has finished: the writer goes on to the next batch.
        await before.ConfigureAwait(ConfigureAwaitOptions.ForceYielding | ConfigureAwaitOptions.SuppressThrowing);
        try
        {
            flush.Flush();
        }
        catch (Exception ex)
        {
            // Whatever went wrong, the callers hear it, and the flushes after this one still run.
            outcome = new(null, ex);
        }

        Tell(batch, outcome);
    }

    private static void Tell(List<PendingAnswer> batch, BatchOutcome outcome)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            if (outcome.Results is not { } results)
            {
                batch[i].Completion.TrySetException(outcome.Failure!);
                continue;
            }

            if (results[i].Outcome is AttendanceOutcome.Recorded or AttendanceOutcome.Superseded)
            {
                MeetingBotMetrics.AnswerRecorded(batch[i].Reply.Source.ToString());
            }

            batch[i].Completion.TrySetResult(results[i]);
        }
    }

    private async Task<AttendanceRecordResult> WriteOneAsync(MeetingBotDbContext db, AnswerCommands commands, PendingAnswer answer)
    {
        for (var attempt = 1; attempt < MaxAttempts; attempt++)
        {
            // Another instance moved this member's answer between the read and the write (PostgreSQL;
            // SQLite's turn rules it out), or this reply was stored already: decide again on what is there now.
            if (await TryWriteAsync(db, commands, [answer]) is [var result])
            {
                return result;
            }
        }

        // Still refused: the same source gave this answer at this very instant, the same reply delivered twice.
        var again = (await commands.ReadAsync(answer.MeetingId, CancellationToken.None))?.Answers ?? [];
        return new(AttendanceOutcome.Unchanged, Answer(again, answer.Member.Id), Of(answer.MeetingId, answer.Roster, again));
    }

    /// <summary>
    /// Reads, decides and writes <paramref name="answers"/> in one transaction (on SQLite an immediate one, so
    /// the read is the database the write changes); on SQLite the meetings the last batch committed are taken
    /// instead of read when nothing else has changed the database since (<see cref="KeptMeetings"/>).
    /// </summary>
    /// <returns>Each answer's result; null when the transaction was rolled back on another writer's change.</returns>
    private async Task<AttendanceRecordResult[]?> TryWriteAsync(MeetingBotDbContext db, AnswerCommands commands, IReadOnlyList<PendingAnswer> answers)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        commands.Transaction = transaction.GetDbTransaction();
        try
        {
            var version = await commands.DataVersionAsync();
            var results = new AttendanceRecordResult[answers.Count];
            var meetings = kept.Take(commands.Connection, version) ?? [];
            for (var i = 0; i < answers.Count; i++)
            {
                var meetingId = answers[i].MeetingId;
                if (!meetings.TryGetValue(meetingId, out var staged))
                {
                    meetings[meetingId] = staged = await StagedMeeting.ReadAsync(commands, meetingId);
                }

                (results[i], var stored) = Decide(answers[i], staged);
                if (stored is not null && !await staged.WriteAsync(commands, answers[i].Member.Id, stored, results[i].Outcome == AttendanceOutcome.Recorded))
                {
                    await transaction.RollbackAsync();
                    return null;
                }
            }

            WithAttendance(answers, results, meetings);
            await transaction.CommitAsync();
            kept.Keep(commands.Connection, version, meetings);
            return results;
        }
        catch (DbException ex) when (UniqueViolation.Is(ex))
        {
            await transaction.RollbackAsync();
            return null;
        }
        finally
        {
            commands.Transaction = null;
        }
    }

    /// <summary>Decides one answer on the meeting's answers as staged so far; an answer that counts becomes the member's current one.</summary>
    /// <returns>The result, and the reply to store (null when nothing is stored).</returns>
    private static (AttendanceRecordResult Result, MemberAnswer? Stored) Decide(PendingAnswer pending, StagedMeeting staged)
    {
        var (roster, member, reply) = (pending.Roster, pending.Member, pending.Reply);
        if (staged.Meeting is not { } meeting)
        {
            return (new(AttendanceOutcome.UnknownMeeting, null), null);
        }

        var answers = staged.Answers;
        var current = Answer(answers, member.Id);
        var (validSubstitute, substitute) = reply.Answer == AttendanceAnswer.Declined
            ? Substitutes.Resolve(member, reply.SubstituteName, roster)
            : (true, null);
        if (!validSubstitute)
        {
            return (new(AttendanceOutcome.InvalidSubstitute, current), null);
        }

        var given = new MemberAnswer(reply.Answer, substitute, Comment(reply.Comment), reply.Source, reply.At.ToUniversalTime());
        var outcome = AttendanceRules.Decide(current, given, meeting.StartsAt, meeting.State);
        if (outcome == AttendanceOutcome.Recorded)
        {
            answers[member.Id] = new(StoredAnswer.NotYetStored, given);
            return (new(outcome, given), given);
        }

        // A superseded reply is kept as history; it does not count.
        return (new(outcome, current), outcome == AttendanceOutcome.Superseded ? given : null);
    }

    /// <summary>
    /// Gives each decided answer its meeting's attendance as the whole batch leaves it: one view per meeting and roster,
    /// where one per answer cost a list of every member each, inside the write turn. An answer decided after the caller's
    /// in the same batch is as true by the time they hear back.
    /// </summary>
    private static void WithAttendance(IReadOnlyList<PendingAnswer> answers, AttendanceRecordResult[] results, Dictionary<int, StagedMeeting> meetings)
    {
        (int MeetingId, IReadOnlyList<RosterMember> Roster, MeetingAttendance View)? last = null;
        for (var i = 0; i < answers.Count; i++)
        {
            var (meetingId, roster) = (answers[i].MeetingId, answers[i].Roster);
            if (results[i].Outcome == AttendanceOutcome.UnknownMeeting)
            {
                continue;
            }

            if (last is not { } view || view.MeetingId != meetingId || !ReferenceEquals(view.Roster, roster))
            {
                last = view = (meetingId, roster, Of(meetingId, roster, meetings[meetingId].Answers));
            }

            results[i] = results[i] with { Attendance = view.View };
        }
    }

    /// <summary>One meeting's current answers within a unit of work: as read, then as each decided answer left them.</summary>
    private sealed class StagedMeeting(MeetingWindow? meeting, Dictionary<int, StoredAnswer> answers)
    {
        /// <summary>The reply each member's pointer holds in the database: as read, then as this transaction moved it.</summary>
        private readonly Dictionary<int, long> pointers = answers.ToDictionary(a => a.Key, a => a.Value.ReplyId);

        /// <summary>The meeting's start and state as stored now; null when there is no such meeting.</summary>
        public MeetingWindow? Meeting { get; } = meeting;

        public Dictionary<int, StoredAnswer> Answers { get; } = answers;

        public static async Task<StagedMeeting> ReadAsync(AnswerCommands commands, int meetingId)
        {
            var read = await commands.ReadAsync(meetingId, CancellationToken.None);
            return new(read?.Meeting, read?.Answers ?? []);
        }

        /// <summary>Stores the member's reply; one that <paramref name="counts"/> also moves the member's pointer to it.</summary>
        /// <returns>False when another instance moved the pointer since it was read.</returns>
        public async Task<bool> WriteAsync(AnswerCommands commands, int memberId, MemberAnswer reply, bool counts)
        {
            var id = await commands.InsertReplyAsync(Meeting!.Id, memberId, reply);
            if (!counts)
            {
                return true;
            }

            if (!await commands.PointAsync(Meeting.Id, memberId, pointers.TryGetValue(memberId, out var from) ? from : null, id))
            {
                return false;
            }

            pointers[memberId] = id;
            return true;
        }
    }

    /// <summary>Each answer's result, or the failure every answer of the batch hears.</summary>
    private sealed record BatchOutcome(AttendanceRecordResult[]? Results, Exception? Failure);

    private sealed record PendingAnswer(int MeetingId, IReadOnlyList<RosterMember> Roster, RosterMember Member, GivenAnswer Reply)
    {
        public TaskCompletionSource<AttendanceRecordResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
