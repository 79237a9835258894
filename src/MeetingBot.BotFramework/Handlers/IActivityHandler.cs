using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Handlers;

/// <summary>
/// Where the bot's behaviour plugs in. Messages, membership and installation changes run in the
/// background under <see cref="Hosting.BotOptions.BackgroundTimeout"/>; invokes run while Teams waits
/// for the HTTP response, so they must answer within seconds and leave slow work to a later update.
/// Activities arrive here at most once per (conversation, id).
/// </summary>
public interface IActivityHandler
{
    Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken);

    /// <summary>Answers the invoke <paramref name="name"/>; the response goes back synchronously.</summary>
    Task<InvokeResponse> OnInvokeAsync(string name, TurnContext turn, CancellationToken cancellationToken);

    /// <summary>
    /// A re-delivery of the invoke <paramref name="name"/> whose first delivery was answered with a
    /// <see cref="InvokeResponse.Rebuildable"/> response, kept without its body: answer it again from the state
    /// that delivery left, without acting a second time. Null gives the kept status without a body.
    /// </summary>
    Task<InvokeResponse?> OnDuplicateInvokeAsync(string name, TurnContext turn, CancellationToken cancellationToken);

    /// <summary>
    /// Members joined a conversation. The bot's own id (<c>Activity.Recipient.Id</c>) among them means the
    /// bot itself was just added; that is also when a personal or team install is first seen.
    /// </summary>
    Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> members, TurnContext turn, CancellationToken cancellationToken);

    /// <summary>installationUpdate <c>add</c> or <c>add-upgrade</c>: the app was installed in this scope.</summary>
    Task OnInstalledAsync(TurnContext turn, CancellationToken cancellationToken);

    /// <summary>installationUpdate <c>remove</c> or <c>remove-upgrade</c>: posting here will now fail with 403.</summary>
    Task OnUninstalledAsync(TurnContext turn, CancellationToken cancellationToken);
}
