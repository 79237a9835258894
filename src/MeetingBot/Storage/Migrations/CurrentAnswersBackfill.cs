namespace MeetingBot.Storage.Migrations;

/// <summary>
/// Points each member's answer to each meeting at the reply that counts, for replies stored before
/// <c>CurrentAnswers</c> existed: the latest one, and on equal times Teams over Outlook
/// (<see cref="Core.Meetings.AttendanceRules"/>). Only "accepted" and "declined" are answers. The
/// same SQL runs on SQLite and PostgreSQL: instants are fixed-width text, so text order is time order.
/// </summary>
internal static class CurrentAnswersBackfill
{
    public const string Sql = """
        INSERT INTO "CurrentAnswers" ("MeetingId", "MemberId", "ReplyId")
        SELECT r."MeetingId", r."MemberId", r."Id"
        FROM "AttendanceReplies" r
        WHERE r."Response" IN ('accepted', 'declined')
          AND NOT EXISTS (
            SELECT 1 FROM "AttendanceReplies" o
            WHERE o."MeetingId" = r."MeetingId" AND o."MemberId" = r."MemberId"
              AND o."Response" IN ('accepted', 'declined')
              AND (o."RecordedAt" > r."RecordedAt"
                   OR (o."RecordedAt" = r."RecordedAt" AND o."Source" = 'teams' AND r."Source" = 'outlook')))
        """;
}
