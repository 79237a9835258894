using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Core.Cards;

namespace MeetingBot.Bot.Commands;

/// <summary>
/// <c>använd den här kanalen</c>, written by the secretariat in a team channel: agendas (posted by
/// hand or on schedule) go to that channel from now on, whichever channel the bot heard from last.
/// </summary>
internal sealed class UseChannelCommand(AgendaAudience audience, TimeProvider time)
{
    public const string Chosen = "Dagordningarna postas nu i den här kanalen, både när ni skriver \"dagordning …\" och när de skickas enligt schemat.";

    public const string NotInChannel = "Skriv \"använd den här kanalen\" i den kanal i teamet där dagordningarna ska postas.";

    private const string ChosenEnglish = "Agendas are now posted in this channel, both when you write \"dagordning …\" and when they are sent on schedule.";

    private const string NotInChannelEnglish = "Write \"använd den här kanalen\" in the team's channel where the agendas should be posted.";

    public async Task RunAsync(Speaker speaker, TurnContext turn, CancellationToken cancellationToken)
    {
        var conversation = turn.Activity.Conversation;
        if (conversation?.ConversationType != ConversationTypes.Channel || conversation.Id is not { Length: > 0 } id)
        {
            await turn.SayAsync(speaker.Language == CardLanguage.English ? NotInChannelEnglish : NotInChannel, cancellationToken);
            return;
        }

        await audience.ChooseChannelAsync(id, speaker.AadObjectId, time.GetUtcNow(), cancellationToken);
        await turn.SayAsync(speaker.Language == CardLanguage.English ? ChosenEnglish : Chosen, cancellationToken);
    }
}
