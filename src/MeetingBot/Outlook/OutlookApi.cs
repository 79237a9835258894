using System.Globalization;
using MeetingBot.Core.Meetings;
using MeetingBot.Meetings;
using MeetingBot.Storage;

namespace MeetingBot.Outlook;

/// <summary>
/// The task pane's JSON API: <c>GET /api/outlook/meeting?date=YYYY-MM-DD</c> and <c>POST /api/outlook/rsvp</c>.
/// The member is the bearer token's <c>oid</c> looked up in the roster; answers follow the same rules
/// as the card (<see cref="AttendanceService"/>: latest wins, refused once the meeting has started).
/// </summary>
internal static class OutlookApi
{
    public const string MeetingRoute = "/api/outlook/meeting";
    public const string RsvpRoute = "/api/outlook/rsvp";

    public static void MapOutlookApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(MeetingRoute, GetMeetingAsync);
        endpoints.MapPost(RsvpRoute, PostRsvpAsync);
    }

    private static async Task<IResult> GetMeetingAsync(
        HttpContext context, string? date, OutlookTokenValidator tokens, MeetingService meetings, AttendanceService attendance, RosterStore roster,
        TimeProvider time, ILogger<OutlookTokenValidator> logger, CancellationToken cancellationToken)
    {
        var (member, refusal) = await CallerAsync(context, tokens, roster, logger, cancellationToken);
        if (member is null)
        {
            return refusal!;
        }

        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Problem(StatusCodes.Status400BadRequest, OutlookTexts.BadDate);
        }

        var meeting = await meetings.FindByDateAsync(day, cancellationToken);
        var answers = meeting is null ? null : await attendance.GetAsync(meeting.Id, cancellationToken);
        if (meeting is null || answers is null)
        {
            return Problem(StatusCodes.Status404NotFound, OutlookTexts.NoMeeting(day));
        }

        var substitutes = await roster.SubstitutesAsync(member.Id, cancellationToken);
        return Results.Ok(OutlookMeetingView.Of(meeting, answers, member, substitutes, time.GetUtcNow()));
    }

    private static async Task<IResult> PostRsvpAsync(
        HttpContext context, OutlookRsvpRequest request, OutlookTokenValidator tokens, MeetingService meetings, AttendanceService attendance, RosterStore roster,
        TimeProvider time, ILogger<OutlookTokenValidator> logger, CancellationToken cancellationToken)
    {
        var (member, refusal) = await CallerAsync(context, tokens, roster, logger, cancellationToken);
        if (member is null)
        {
            return refusal!;
        }

        AttendanceAnswer? answer = request.Answer switch
        {
            OutlookAnswer.Accepted => AttendanceAnswer.Accepted,
            OutlookAnswer.Declined => AttendanceAnswer.Declined,
            _ => null,
        };
        if (answer is null)
        {
            return Problem(StatusCodes.Status400BadRequest, OutlookTexts.BadAnswer);
        }

        var meeting = await meetings.GetAsync(request.MeetingId, cancellationToken);
        if (meeting is null)
        {
            return Problem(StatusCodes.Status404NotFound, OutlookTexts.MeetingGone);
        }

        var result = await attendance.RecordAsync(
            meeting.Id, member.Id, answer.Value, request.Substitute, request.Comment, ReplySource.Outlook, time.GetUtcNow(), cancellationToken);
        var body = new OutlookRsvpResponse(OutcomeName(result.Outcome), OutlookTexts.Outcome(result, meeting), OutlookAnswer.Of(result.Current));
        return result.Outcome switch
        {
            AttendanceOutcome.Recorded or AttendanceOutcome.Unchanged or AttendanceOutcome.Superseded => Results.Ok(body),
            AttendanceOutcome.UnknownMember or AttendanceOutcome.NotAnAttendee => Results.Json(body, statusCode: StatusCodes.Status403Forbidden),
            AttendanceOutcome.UnknownMeeting => Results.Json(body, statusCode: StatusCodes.Status404NotFound),
            AttendanceOutcome.InvalidSubstitute => Results.Json(body, statusCode: StatusCodes.Status422UnprocessableEntity),
            _ => Results.Json(body, statusCode: StatusCodes.Status409Conflict),
        };
    }

    /// <summary>The roster member behind the token, or the 401/403 to answer with.</summary>
    private static async Task<(RosterMember? Member, IResult? Refusal)> CallerAsync(
        HttpContext context, OutlookTokenValidator tokens, RosterStore roster, ILogger logger, CancellationToken cancellationToken)
    {
        var caller = await tokens.ValidateAsync(context.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null, cancellationToken);
        if (caller.ObjectId is null)
        {
            OutlookLog.TokenRefused(logger, caller.RefusalReason ?? "unknown");
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return (null, Problem(StatusCodes.Status401Unauthorized, OutlookTexts.SignInFailed));
        }

        var member = await roster.FindByAadObjectIdAsync(caller.ObjectId, cancellationToken);
        if (member is null)
        {
            OutlookLog.NotOnRoster(logger, caller.ObjectId);
            return (null, Problem(StatusCodes.Status403Forbidden, OutlookTexts.NotOnRoster));
        }

        return (member, null);
    }

    private static string OutcomeName(AttendanceOutcome outcome) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(outcome.ToString());

    private static IResult Problem(int status, string detail) => Results.Problem(detail: detail, statusCode: status);
}
