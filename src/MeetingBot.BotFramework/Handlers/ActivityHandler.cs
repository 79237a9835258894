using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Handlers;

/// <summary>A handler that ignores everything; override what the bot reacts to.</summary>
public abstract class ActivityHandler : IActivityHandler
{
    public virtual Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>By default every invoke is unknown: 501, as botbuilder answers invokes nobody handles.</summary>
    public virtual Task<InvokeResponse> OnInvokeAsync(string name, TurnContext turn, CancellationToken cancellationToken) =>
        Task.FromResult(new InvokeResponse(501, null));

    /// <summary>By default nothing is rebuilt: a handler that marks a response rebuildable overrides this.</summary>
    public virtual Task<InvokeResponse?> OnDuplicateInvokeAsync(string name, TurnContext turn, CancellationToken cancellationToken) =>
        Task.FromResult<InvokeResponse?>(null);

    public virtual Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> members, TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task OnInstalledAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task OnUninstalledAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;
}
