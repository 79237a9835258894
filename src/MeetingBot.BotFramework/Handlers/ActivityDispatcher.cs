using System.Text.Json;
using MeetingBot.BotFramework.Schema;

namespace MeetingBot.BotFramework.Handlers;

/// <summary>Routes an activity to the handler method for its type. Unknown types fall through untouched (spec A2014).</summary>
internal static class ActivityDispatcher
{
    public static Task DispatchAsync(IActivityHandler handler, TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                return handler.OnMessageAsync(turn, cancellationToken);

            case ActivityTypes.ConversationUpdate:
                return ConversationUpdateAsync(handler, turn, cancellationToken);

            case ActivityTypes.InstallationUpdate when activity.Action is InstallationActions.Add or InstallationActions.AddUpgrade:
                return handler.OnInstalledAsync(turn, cancellationToken);

            case ActivityTypes.InstallationUpdate when activity.Action is InstallationActions.Remove or InstallationActions.RemoveUpgrade:
                return handler.OnUninstalledAsync(turn, cancellationToken);

            default:
                return Task.CompletedTask;
        }
    }

    public static Task<InvokeResponse> InvokeAsync(IActivityHandler handler, TurnContext turn, CancellationToken cancellationToken)
    {
        var name = turn.Activity.Name ?? string.Empty;
        if (name == InvokeNames.AdaptiveCardAction && !IsExecuteAction(turn.Activity.Value))
        {
            // botbuilder's answer to a malformed Universal Action, so the client shows a proper error.
            return Task.FromResult(InvokeResponse.Error(400, "BadRequest", "Missing or invalid Action.Execute action."));
        }

        return handler.OnInvokeAsync(name, turn, cancellationToken);
    }

    /// <summary>A re-delivered invoke whose first answer was kept without its body: the handler's rebuilt answer, or null.</summary>
    public static Task<InvokeResponse?> DuplicateInvokeAsync(IActivityHandler handler, TurnContext turn, CancellationToken cancellationToken) =>
        handler.OnDuplicateInvokeAsync(turn.Activity.Name ?? string.Empty, turn, cancellationToken);

    private static Task ConversationUpdateAsync(IActivityHandler handler, TurnContext turn, CancellationToken cancellationToken) =>
        turn.Activity.MembersAdded is { Count: > 0 } added
            ? handler.OnMembersAddedAsync([.. added], turn, cancellationToken)
            : Task.CompletedTask;

    private static bool IsExecuteAction(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v
        && v.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
        && action.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "Action.Execute";
}
