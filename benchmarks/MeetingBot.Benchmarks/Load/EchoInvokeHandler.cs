using MeetingBot.BotFramework.Handlers;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.Benchmarks.Load;

/// <summary>The protocol path alone: acknowledges every invoke, as the host's handler does for card actions.</summary>
internal sealed class EchoInvokeHandler : ActivityHandler
{
    public override Task<InvokeResponse> OnInvokeAsync(string name, TurnContext turn, CancellationToken cancellationToken) =>
        Task.FromResult(InvokeResponse.Message("Tack, det är mottaget."));
}
