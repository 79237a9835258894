namespace MeetingBot.Playground.Connector;

/// <summary>The local Connector answers only the bot: a bearer token the development issuer gave it.</summary>
internal sealed class BotTokenFilter(ConnectorTokenCheck check, ILogger<ConversationHub> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (await check.RefusalAsync(context.HttpContext.Request.Headers.Authorization) is { } refusal)
        {
            PlaygroundLog.ConnectorRefused(logger, refusal);
            return LocalConnectorEndpoints.Error(StatusCodes.Status401Unauthorized, "BotNotRegistered", "The bearer token was not issued to the bot by the development issuer.");
        }

        return await next(context);
    }
}
