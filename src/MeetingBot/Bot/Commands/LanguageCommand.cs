using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Commands;
using MeetingBot.Storage;

namespace MeetingBot.Bot.Commands;

/// <summary>
/// <c>språk engelska</c> / <c>språk svenska</c>: the language of the speaker's own cards and
/// messages from now on. Cards several people see (the channel's) stay Swedish.
/// </summary>
internal sealed class LanguageCommand(RosterStore roster)
{
    public async Task RunAsync(ChatCommand command, Speaker speaker, TurnContext turn, CancellationToken cancellationToken)
    {
        if (command.Language is not { } chosen)
        {
            await turn.SayAsync(BotReplies.For(speaker.Language).LanguageChoices, cancellationToken);
            return;
        }

        await roster.SetLanguageAsync(speaker.MemberId, chosen, cancellationToken);
        await turn.SayAsync(BotReplies.For(chosen).LanguageChosen, cancellationToken);
    }
}
