using System.Data.Common;
using Microsoft.Data.Sqlite;
using MeetingBot.Core.Meetings;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;

namespace MeetingBot.Meetings;

internal sealed partial class AttendanceService
{
    /// <summary>
    /// The statements of answers, as plain commands: the writer prepares them once per connection and binds them again
    /// for each use (<see cref="KeptStatements{T}"/>; the connection is the write gate's, touched only within a turn). EF built, parsed, tracked and materialised every one of them
    /// anew, which under a burst of presses cost more than SQLite's own work. The SQL is the same on SQLite and
    /// PostgreSQL, and values are the text EF's converters store (<see cref="LowercaseEnumConverter{TEnum}"/>,
    /// <see cref="StoredInstantConverter"/>), so these rows and EF's are the same rows.
    /// </summary>
    private sealed class AnswerCommands(DbConnection connection) : IAsyncDisposable
    {
        private DbTransaction? transaction;
        private DbCommand? dataVersion;
        private DbCommand? read;
        private DbCommand? insertReply;
        private DbCommand? movePointer;
        private DbCommand? addPointer;

        /// <summary>The transaction the next statements run in.</summary>
        public DbTransaction? Transaction
        {
            set
            {
                transaction = value;
                foreach (var command in (DbCommand?[])[dataVersion, read, insertReply, movePointer, addPointer])
                {
                    command?.Transaction = value;
                }
            }
        }

        public DbConnection Connection => connection;

        /// <summary>SQLite's <c>data_version</c> of the connection: it changes when another connection commits. Null on PostgreSQL.</summary>
        public async Task<long?> DataVersionAsync()
        {
            if (connection is not SqliteConnection)
            {
                return null;
            }

            var command = Prepared(ref dataVersion, "PRAGMA data_version");
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        /// <summary>The meeting's start and state, and the answer that counts for each member who gave one (one row per member, whatever the history's length).</summary>
        /// <returns>Null for an unknown meeting.</returns>
        public async Task<(MeetingWindow Meeting, Dictionary<int, StoredAnswer> Answers)?> ReadAsync(int meetingId, CancellationToken cancellationToken)
        {
            var command = Prepared(
                ref read,
                """
                SELECT m."StartUtc", m."State", r."MemberId", r."Id", r."Response", r."SubstituteName", r."Comment", r."Source", r."RecordedAt"
                FROM "Meetings" AS m
                LEFT JOIN "CurrentAnswers" AS c ON c."MeetingId" = m."Id"
                LEFT JOIN "AttendanceReplies" AS r ON r."Id" = c."ReplyId"
                WHERE m."Id" = @meeting
                """,
                "meeting");
            await using var reader = await command.Bind(meetingId).ExecuteReaderAsync(cancellationToken);
            MeetingWindow? meeting = null;
            var answers = new Dictionary<int, StoredAnswer>();
            while (await reader.ReadAsync(cancellationToken))
            {
                meeting ??= new(meetingId, StoredInstantConverter.Instant(reader.GetString(0)), LowercaseEnumConverter<MeetingState>.Value(reader.GetString(1)));
                if (!await reader.IsDBNullAsync(3, cancellationToken))
                {
                    var answer = new MemberAnswer(
                        LowercaseEnumConverter<AttendanceResponse>.Value(reader.GetString(4)) == AttendanceResponse.Accepted ? AttendanceAnswer.Accepted : AttendanceAnswer.Declined,
                        await reader.IsDBNullAsync(5, cancellationToken) ? null : reader.GetString(5),
                        await reader.IsDBNullAsync(6, cancellationToken) ? null : reader.GetString(6),
                        LowercaseEnumConverter<ReplySource>.Value(reader.GetString(7)),
                        StoredInstantConverter.Instant(reader.GetString(8)));
                    answers[reader.GetInt32(2)] = new(reader.GetInt64(3), answer);
                }
            }

            return meeting is null ? null : (meeting, answers);
        }

        /// <returns>The new reply's id.</returns>
        public async Task<long> InsertReplyAsync(int meetingId, int memberId, MemberAnswer answer)
        {
            var command = Prepared(
                ref insertReply,
                """
                INSERT INTO "AttendanceReplies" ("MeetingId", "MemberId", "Response", "SubstituteName", "Comment", "RecordedAt", "Source")
                VALUES (@meeting, @member, @response, @substitute, @comment, @at, @source) RETURNING "Id"
                """,
                "meeting", "member", "response", "substitute", "comment", "at", "source");
            var response = answer.Answer == AttendanceAnswer.Accepted ? AttendanceResponse.Accepted : AttendanceResponse.Declined;
            command.Bind(
                meetingId,
                memberId,
                LowercaseEnumConverter<AttendanceResponse>.Text(response),
                (object?)answer.SubstituteName ?? DBNull.Value,
                (object?)answer.Comment ?? DBNull.Value,
                StoredInstantConverter.Text(answer.At),
                LowercaseEnumConverter<ReplySource>.Text(answer.Source));
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        /// <summary>Points the member's answer at reply <paramref name="to"/>: moved from <paramref name="from"/>, or added when null.</summary>
        /// <returns>False when another instance moved the pointer since it was read.</returns>
        public async Task<bool> PointAsync(int meetingId, int memberId, long? from, long to)
        {
            if (from is { } previous)
            {
                // The reply id read is the concurrency token: another instance's move makes this one change nothing.
                var move = Prepared(
                    ref movePointer,
                    """UPDATE "CurrentAnswers" SET "ReplyId" = @to WHERE "MeetingId" = @meeting AND "MemberId" = @member AND "ReplyId" = @from""",
                    "to", "meeting", "member", "from");
                return await move.Bind(to, meetingId, memberId, previous).ExecuteNonQueryAsync() == 1;
            }

            // A member's first answer: another instance's first answer at the same moment fails on the primary key.
            var add = Prepared(
                ref addPointer,
                """INSERT INTO "CurrentAnswers" ("MeetingId", "MemberId", "ReplyId") VALUES (@meeting, @member, @to)""",
                "meeting", "member", "to");
            await add.Bind(meetingId, memberId, to).ExecuteNonQueryAsync();
            return true;
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var command in (DbCommand?[])[dataVersion, read, insertReply, movePointer, addPointer])
            {
                if (command is not null)
                {
                    await command.DisposeAsync();
                }
            }
        }

        private DbCommand Prepared(ref DbCommand? command, string sql, params string[] parameters) =>
            command ??= PlainCommands.Create(connection, transaction, sql, parameters);
    }
}
