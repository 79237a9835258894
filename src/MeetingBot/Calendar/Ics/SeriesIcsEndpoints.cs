using System.Globalization;
using System.Text;
using MeetingBot.Core;
using MeetingBot.Storage;

namespace MeetingBot.Calendar.Ics;

/// <summary>
/// <c>GET /series/{year}/members/{id}/calendar.ics?token=…</c>: a member's invitation file, for calendars
/// outside Exchange, at the link the bot gave them (<see cref="CalendarFeedLinks"/>; <c>min kalender</c>).
/// Anyone holding the link may fetch it, as a calendar subscription must. Anything else, an unknown
/// member, a wrong or missing token, a year without meetings, gets the same 404 byte for byte, so the
/// answer never says whether someone is on the roster.
/// </summary>
internal static class SeriesIcsEndpoints
{
    private const string NotFoundText = "Kalenderfilen finns inte. Skriv \"min kalender\" till MeetingBot i Teams för att få din länk.\n";

    public static IEndpointRouteBuilder MapSeriesIcs(this IEndpointRouteBuilder endpoints)
    {
        // The id is matched as text: a route constraint would answer a non-numeric id with a different 404.
        endpoints.MapGet("/series/{year:int}/members/{member}/calendar.ics", FeedAsync);
        return endpoints;
    }

    private static async Task<IResult> FeedAsync(
        int year, string member, string? token, CalendarFeedLinks links, RosterStore roster, SeriesIcsExport export, HttpContext context, CancellationToken ct)
    {
        context.Response.Headers.CacheControl = "private, no-cache";
        context.Response.Headers["X-Robots-Tag"] = "noindex";
        if (!int.TryParse(member, NumberStyles.None, CultureInfo.InvariantCulture, out var memberId))
        {
            return NotFound();
        }

        var email = (await roster.FindAsync(memberId, ct))?.Email;
        if (!links.IsValid(year, memberId, email, token))
        {
            return NotFound();
        }

        try
        {
            return Results.Text(await export.ForMemberAsync(year, email!, ct), SeriesIcsWriter.ContentType);
        }
        catch (DomainException)
        {
            // No series that year yet: the member asked too early, which says nothing about anyone else.
            return NotFound();
        }
    }

    private static IResult NotFound() => Results.Text(NotFoundText, "text/plain; charset=utf-8", Encoding.UTF8, StatusCodes.Status404NotFound);
}
