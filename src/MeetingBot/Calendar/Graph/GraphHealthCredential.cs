using Azure.Core;

namespace MeetingBot.Calendar.Graph;

/// <summary>
/// The configured Graph credential, reporting a token it cannot get (a rotated secret, a missing
/// managed identity, Entra unreachable) to <see cref="GraphHealth"/>: those failures happen before any
/// HTTP call to Graph, so the pipeline's handler never sees them.
/// </summary>
internal sealed class GraphHealthCredential(TokenCredential inner, GraphHealth health) : TokenCredential
{
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        try
        {
            return inner.GetToken(requestContext, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            health.Failed($"credential failed ({ex.GetType().Name})");
            throw;
        }
    }

    public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.GetTokenAsync(requestContext, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            health.Failed($"credential failed ({ex.GetType().Name})");
            throw;
        }
    }
}
