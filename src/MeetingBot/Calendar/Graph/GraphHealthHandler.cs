namespace MeetingBot.Calendar.Graph;

/// <summary>
/// Reports each HTTP attempt to Graph to <see cref="GraphHealth"/>. Innermost like the metrics handler, so
/// the last attempt of a retried call decides: an outage the SDK rides out never shows.
/// </summary>
internal sealed class GraphHealthHandler(GraphHealth health) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            health.Failed($"unreachable ({ex.GetType().Name})");
            throw;
        }

        // 401: Graph refused our token, which every later call will meet too. Other 4xx are about one request.
        var status = (int)response.StatusCode;
        if (status >= 500 || status == 401)
        {
            health.Failed($"HTTP {status}");
        }
        else
        {
            health.Succeeded();
        }

        return response;
    }
}
