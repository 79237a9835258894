using MeetingBot.Telemetry;

namespace MeetingBot.Calendar.Graph;

/// <summary>
/// Counts every HTTP attempt to Graph by method and status. It sits innermost in the SDK's middleware,
/// below the RetryHandler, so each 429 and each replay the SDK makes on its own is seen: a replay carries
/// the <c>Retry-Attempt</c> header the RetryHandler adds.
/// </summary>
internal sealed class GraphCallMetricsHandler : DelegatingHandler
{
    private const string RetryAttemptHeader = "Retry-Attempt";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var retry = request.Headers.Contains(RetryAttemptHeader);
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            MeetingBotMetrics.GraphCall(request.Method.Method, (int)response.StatusCode, retry);
            return response;
        }
        catch (HttpRequestException)
        {
            // No response at all (refused, reset, DNS): status 0, as the Connector's counter does.
            MeetingBotMetrics.GraphCall(request.Method.Method, 0, retry);
            throw;
        }
    }
}
