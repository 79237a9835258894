using MeetingBot.Core;

namespace MeetingBot.Calendar.Ics;

/// <summary><c>GET /series/{year}/calendar.ics?member=EMAIL</c>: the member's invitation file, for calendars outside Exchange.</summary>
internal static class SeriesIcsEndpoints
{
    public static IEndpointRouteBuilder MapSeriesIcs(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/series/{year:int}/calendar.ics", async (int year, string? member, SeriesIcsExport export, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(member))
            {
                return Results.Problem("the query parameter member (the member's email) is required", statusCode: StatusCodes.Status400BadRequest);
            }

            try
            {
                var ics = await export.ForMemberAsync(year, member, ct);
                return Results.Text(ics, SeriesIcsWriter.ContentType);
            }
            catch (DomainException ex)
            {
                return Results.Problem(ex.Message, statusCode: StatusCodes.Status404NotFound);
            }
        });
        return endpoints;
    }
}
