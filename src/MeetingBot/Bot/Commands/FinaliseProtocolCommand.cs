using MeetingBot.Bot.Cards;
using MeetingBot.Bot.Downloads;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Commands;
using MeetingBot.Core.Meetings;
using MeetingBot.Meetings;

namespace MeetingBot.Bot.Commands;

/// <summary><c>fastställ protokoll 23 januari</c>: numbers and locks the protocol, and links its .docx in the asker's personal chat only.</summary>
internal sealed class FinaliseProtocolCommand(ProtocolDraftService drafts, ProtocolLinks links, PrivateReplies replies) : IMeetingCommand
{
    public CommandKind Kind => CommandKind.FinaliseProtocol;

    public async Task RunAsync(ChatCommand command, Meeting meeting, Speaker speaker, TurnContext turn, CancellationToken cancellationToken)
    {
        var final = await drafts.FinaliseAsync(meeting.Id, cancellationToken);
        var card = ProtocolDraftCard.Build(final.ToCardModel(), speaker.Language);
        await replies.ReplyAsync(turn, CardAttachment.Reply(turn, card, Finalised(final, links.For(meeting.Id, ProtocolFormat.Docx), speaker.Language)), speaker.Language, cancellationToken);
    }

    internal static string Finalised(ProtocolDraft final, Uri docx, CardLanguage language = CardLanguage.Swedish) => language == CardLanguage.English
        ? $"Protocol no. {final.Protocol.Number} {final.Protocol.Year} is finalised and locked. The Word file: {docx}"
        : $"Protokoll nr {final.Protocol.Number} {final.Protocol.Year} är fastställt och låst. Word-filen: {docx}";
}
