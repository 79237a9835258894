using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Handlers;

/// <summary>One authenticated activity and the means to answer it.</summary>
public sealed class TurnContext(Activity activity, ConnectorClient connector)
{
    public Activity Activity { get; } = activity;

    public ConnectorClient Connector { get; } = connector;

    /// <summary>The conversation the activity came from.</summary>
    public ConversationAddress Address { get; } = new(activity.ServiceUrl ?? string.Empty, activity.Conversation?.Id ?? string.Empty, activity.TenantId);

    /// <summary>Replies in the conversation, threaded under the incoming activity where the channel supports it.</summary>
    /// <returns>The reply's activity id, or null when the Connector answered without one.</returns>
    public Task<string?> ReplyAsync(Activity reply, CancellationToken cancellationToken) =>
        Activity.Id is { } id
            ? Connector.ReplyAsync(Address, id, reply, cancellationToken)
            : Connector.SendAsync(Address, reply, cancellationToken);
}
