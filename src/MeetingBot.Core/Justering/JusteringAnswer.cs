namespace MeetingBot.Core.Justering;

/// <summary>What a signatory pressed on the justering card.</summary>
public enum JusteringVerdict
{
    Approved,
    ChangeRequested,
}

/// <summary>
/// One answer, as recorded: who (from the authenticated activity), what, when, and the SHA-256 of the
/// exact PDF they were shown. An answer counts only for the document whose hash it carries.
/// </summary>
public sealed record JusteringAnswer(int MemberId, JusteringVerdict Verdict, string DocumentSha256, DateTimeOffset AnsweredAt, string? Comment = null);
