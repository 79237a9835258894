using System.Globalization;
using MeetingBot.Justering.Storage;

namespace MeetingBot.Justering;

/// <summary>
/// <c>GET /protocols/{meetingId}/pdf?version=…&amp;expires=…&amp;sig=…</c>: a version sent for justering, or
/// the justerat PDF (<c>version=final</c>). Anyone holding a link the bot signed may read it (the
/// signatories, the channel once justerat). A missing, altered or expired token and an unknown
/// protocol or version all get the same empty 404, so the route tells a guesser nothing.
/// </summary>
internal static class JusteringPdfEndpoint
{
    public static IEndpointRouteBuilder MapJusteringPdfs(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/protocols/{meetingId:int}/pdf", DownloadAsync);
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(
        int meetingId, string? version, long? expires, string? sig, JusteringLinks links, JusteringStore store, CancellationToken cancellationToken)
    {
        if (!links.IsValid(meetingId, version, expires, sig))
        {
            return Results.NotFound();
        }

        byte[]? pdf = version == JusteringLinks.Final
            ? await store.FinalPdfAsync(meetingId, cancellationToken)
            : int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? await store.PdfAsync(meetingId, number, cancellationToken) : null;
        return pdf is null
            ? Results.NotFound()
            : Results.File(pdf, "application/pdf", string.Create(CultureInfo.InvariantCulture, $"protokoll-{meetingId}-{(version == JusteringLinks.Final ? "justerat" : "v" + version)}.pdf"));
    }
}
