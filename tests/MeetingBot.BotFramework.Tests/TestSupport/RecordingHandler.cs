using System.Collections.Concurrent;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Tests.TestSupport;

/// <summary>Records what reached the handler; replies "hej" with a greeting; numbers invoke responses so a re-sent one is recognisable.</summary>
internal sealed class RecordingHandler : ActivityHandler
{
    private int invokes;

    public ConcurrentQueue<string> Calls { get; } = new();

    public TaskCompletionSource<Activity> FirstBackground { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TimeSpan InvokeDelay { get; set; }

    /// <summary>How long handling a message takes (recorded only once done).</summary>
    public TimeSpan MessageDelay { get; set; }

    public CancellationToken LastBackgroundToken { get; private set; }

    public override async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        LastBackgroundToken = cancellationToken;
        if (MessageDelay > TimeSpan.Zero)
        {
            await Task.Delay(MessageDelay, cancellationToken);
        }

        Calls.Enqueue("message:" + turn.Activity.Text);
        if (turn.Activity.Text == "hej")
        {
            await turn.ReplyAsync(turn.Activity.CreateReply("Hej! Jag är mötesboten."), cancellationToken);
        }

        FirstBackground.TrySetResult(turn.Activity);
    }

    /// <summary>Invokes are answered with a <see cref="InvokeResponse.Rebuildable"/> response.</summary>
    public bool AnswersRebuildable { get; set; }

    /// <summary>What a duplicate of a rebuildable answer gets from <see cref="OnDuplicateInvokeAsync"/>; null rebuilds nothing.</summary>
    public Func<InvokeResponse?> Rebuild { get; set; } = () => null;

    public override async Task<InvokeResponse> OnInvokeAsync(string name, TurnContext turn, CancellationToken cancellationToken)
    {
        Calls.Enqueue("invoke:" + name);
        await Task.Delay(InvokeDelay, cancellationToken);
        return InvokeResponse.Message($"handled {Interlocked.Increment(ref invokes)}") with { Rebuildable = AnswersRebuildable };
    }

    public override Task<InvokeResponse?> OnDuplicateInvokeAsync(string name, TurnContext turn, CancellationToken cancellationToken)
    {
        Calls.Enqueue("duplicate:" + name);
        return Task.FromResult(Rebuild());
    }

    public override Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> members, TurnContext turn, CancellationToken cancellationToken)
    {
        Calls.Enqueue("membersAdded:" + string.Join(",", members.Select(m => m.Id)));
        FirstBackground.TrySetResult(turn.Activity);
        return Task.CompletedTask;
    }

    public override Task OnInstalledAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        Calls.Enqueue("installed");
        FirstBackground.TrySetResult(turn.Activity);
        return Task.CompletedTask;
    }

    public override Task OnUninstalledAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        Calls.Enqueue("uninstalled");
        FirstBackground.TrySetResult(turn.Activity);
        return Task.CompletedTask;
    }
}
