using MeetingBot.Core;
using MeetingBot.Meetings;

namespace MeetingBot.Bot.Downloads;

/// <summary>
/// GET /protocols/{meetingId}/document?format=docx|markdown&amp;expires=…&amp;sig=…: the protocol
/// (draft or finalised) as a file. Only links the bot signed work (<see cref="ProtocolLinks"/>);
/// anything else is 403, an unknown meeting 404.
/// </summary>
internal static class ProtocolDownloadEndpoint
{
    public static IEndpointRouteBuilder MapProtocolDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/protocols/{meetingId:int}/document", DownloadAsync);
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(
        int meetingId, string? format, long? expires, string? sig, ProtocolLinks links, ProtocolDraftService drafts, CancellationToken cancellationToken)
    {
        var parsed = ProtocolLinks.Parse(format);
        if (parsed is null || expires is null || !links.IsValid(meetingId, format!, expires.Value, sig))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "The download link is invalid or has expired; ask MeetingBot for a new one.");
        }

        try
        {
            var file = await drafts.RenderAsync(meetingId, parsed.Value, cancellationToken);
            return Results.File(file.Content, file.ContentType, file.FileName);
        }
        catch (DomainException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: ex.Message);
        }
    }
}
