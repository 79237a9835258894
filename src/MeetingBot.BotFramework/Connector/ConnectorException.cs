using System.Net;

namespace MeetingBot.BotFramework.Connector;

/// <summary>A Connector call that failed for good (after any retries the status allows).</summary>
public sealed class ConnectorException(HttpStatusCode statusCode, string? errorCode, string message, string? correlationId)
    : Exception(message)
{
    public HttpStatusCode StatusCode { get; } = statusCode;

    /// <summary>Teams' error code, e.g. <c>BotNotInConversationRoster</c>.</summary>
    public string? ErrorCode { get; } = errorCode;

    /// <summary>The <c>X-Correlating-OperationId</c> header, for Microsoft support.</summary>
    public string? CorrelationId { get; } = correlationId;

    /// <summary>
    /// The bot can no longer post here (removed, blocked, disabled): stop posting and drop the cached
    /// conversation until an installationUpdate brings it back.
    /// </summary>
    public bool IsBotRemovedFromConversation =>
        StatusCode == HttpStatusCode.Forbidden && ErrorCode is "BotDisabledByAdmin" or "ConversationBlockedByUser"
            or "BotNotInConversationRoster" or "ForbiddenOperationException" or "NotEnoughPermissions";

    public bool IsConversationGone => StatusCode == HttpStatusCode.NotFound;
}
