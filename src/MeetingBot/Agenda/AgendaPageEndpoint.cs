using System.Globalization;
using System.Text;
using MeetingBot.Core.Text;
using MeetingBot.Meetings;

namespace MeetingBot.Agenda;

/// <summary>
/// GET /agenda/{yyyy-MM-dd}: the page every invitation links to (<c>Calendar:AgendaBaseUrl</c> plus
/// the date). No sign-in, like the invitation itself; a malformed date is 400, a day without a
/// meeting 404, each with a short Swedish page.
/// </summary>
internal static class AgendaPageEndpoint
{
    public static IEndpointRouteBuilder MapAgendaPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/agenda/{date}", ShowAsync);
        return endpoints;
    }

    private static async Task<IResult> ShowAsync(string date, MeetingService meetings, HttpContext context, CancellationToken cancellationToken)
    {
        // The agenda changes up to the meeting, and the address is guessable: keep it out of caches and search engines.
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers["X-Robots-Tag"] = "noindex";
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Html(AgendaPage.Message("Ogiltigt datum", "Adressen ska sluta med mötets datum, till exempel /agenda/2026-01-23."), StatusCodes.Status400BadRequest);
        }

        var meeting = await meetings.FindByDateAsync(day, cancellationToken);
        return meeting is null
            ? Html(AgendaPage.Message("Inget möte", $"Det finns inget möte den {SwedishDate.Format(day)}."), StatusCodes.Status404NotFound)
            : Html(AgendaPage.Render(meeting), StatusCodes.Status200OK);
    }

    private static IResult Html(string html, int status) => Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);
}
