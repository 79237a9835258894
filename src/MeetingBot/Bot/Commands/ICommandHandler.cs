using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Commands;
using MeetingBot.Core.Meetings;

namespace MeetingBot.Bot.Commands;

/// <summary>A secretariat command about one meeting; the router has found the meeting and checked the role.</summary>
internal interface IMeetingCommand
{
    CommandKind Kind { get; }

    /// <summary>Whether this command runs <paramref name="kind"/>: its own <see cref="Kind"/>, unless it serves several.</summary>
    bool Handles(CommandKind kind) => kind == Kind;

    Task RunAsync(ChatCommand command, Meeting meeting, Speaker speaker, TurnContext turn, CancellationToken cancellationToken);
}
