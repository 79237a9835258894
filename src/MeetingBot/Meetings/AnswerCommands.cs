using System.Data.Common;
using MeetingBot.Core.Meetings;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;

namespace MeetingBot.Meetings;

/// <summary>
/// The statements that store an answer, as plain commands prepared once per writer connection and bound
/// again for each answer. EF's SaveChanges generated, parsed and tracked every one of them anew, which
/// under a burst of presses cost more than SQLite's work. The SQL is the same on SQLite and PostgreSQL,
/// and the values are the text EF's converters store (<see cref="LowercaseEnumConverter{TEnum}"/>,
/// <see cref="StoredInstantConverter"/>), so EF reads these rows as its own.
/// </summary>
internal sealed class AnswerCommands : IAsyncDisposable
{
    private readonly DbCommand insertReply;
    private readonly DbCommand movePointer;
    private readonly DbCommand addPointer;

    public AnswerCommands(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        insertReply = PlainCommands.Create(
            connection,
            null,
            """
            INSERT INTO "AttendanceReplies" ("MeetingId", "MemberId", "Response", "SubstituteName", "Comment", "RecordedAt", "Source")
            VALUES (@meeting, @member, @response, @substitute, @comment, @at, @source) RETURNING "Id"
            """,
            "meeting", "member", "response", "substitute", "comment", "at", "source");

        // The reply id the writer read is the concurrency token: another instance's move makes this one change nothing.
        movePointer = PlainCommands.Create(
            connection,
            null,
            """UPDATE "CurrentAnswers" SET "ReplyId" = @to WHERE "MeetingId" = @meeting AND "MemberId" = @member AND "ReplyId" = @from""",
            "to", "meeting", "member", "from");

        // A member's first answer: another instance's first answer at the same moment fails on the primary key.
        addPointer = PlainCommands.Create(
            connection,
            null,
            """INSERT INTO "CurrentAnswers" ("MeetingId", "MemberId", "ReplyId") VALUES (@meeting, @member, @to)""",
            "meeting", "member", "to");
    }

    /// <summary>The transaction the next statements run in.</summary>
    public DbTransaction? Transaction
    {
        set => insertReply.Transaction = movePointer.Transaction = addPointer.Transaction = value;
    }

    /// <returns>The new reply's id.</returns>
    public async Task<long> InsertReplyAsync(int meetingId, int memberId, MemberAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var response = answer.Answer == AttendanceAnswer.Accepted ? AttendanceResponse.Accepted : AttendanceResponse.Declined;
        insertReply.Bind(
            meetingId,
            memberId,
            LowercaseEnumConverter<AttendanceResponse>.Text(response),
            (object?)answer.SubstituteName ?? DBNull.Value,
            (object?)answer.Comment ?? DBNull.Value,
            StoredInstantConverter.Text(answer.At),
            LowercaseEnumConverter<ReplySource>.Text(answer.Source));
        return Convert.ToInt64(await insertReply.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Points the member's answer at reply <paramref name="to"/>: moved from <paramref name="from"/>, or added when null.</summary>
    /// <returns>False when another instance moved the pointer since it was read.</returns>
    public async Task<bool> PointAsync(int meetingId, int memberId, long? from, long to)
    {
        if (from is { } previous)
        {
            movePointer.Bind(to, meetingId, memberId, previous);
            return await movePointer.ExecuteNonQueryAsync() == 1;
        }

        addPointer.Bind(meetingId, memberId, to);
        await addPointer.ExecuteNonQueryAsync();
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await insertReply.DisposeAsync();
        await movePointer.DisposeAsync();
        await addPointer.DisposeAsync();
    }
}
