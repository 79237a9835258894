using System.Text;
using MeetingBot.Assignments;
using MeetingBot.Bot.Speakers;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Assignments;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Commands;

namespace MeetingBot.Bot.Commands;

/// <summary>
/// <c>uppdrag</c>: the open assignments, all of them for the secretariat, a member's own
/// organisation's and every municipality's for a member. <c>uppdrag klart N</c>: the secretariat
/// marks one done (the router has refused members already).
/// </summary>
internal sealed class AssignmentsChatCommand(AssignmentStore assignments)
{
    public async Task RunAsync(ChatCommand command, Speaker speaker, TurnContext turn, CancellationToken cancellationToken)
    {
        var english = speaker.Language == CardLanguage.English;
        if (command.Kind == CommandKind.AssignmentDone)
        {
            await MarkDoneAsync(command.Number, speaker, english, turn, cancellationToken);
            return;
        }

        var open = (await assignments.ListAsync(openOnly: true, cancellationToken))
            .Where(t => speaker.IsSecretariat || AssignmentVisibility.IsFor(t.Assignment, speaker.Organisation))
            .ToList();
        if (open.Count == 0)
        {
            await turn.SayAsync(english ? "There are no open assignments for you." : "Det finns inga öppna uppdrag för dig.", cancellationToken);
            return;
        }

        var text = new StringBuilder(english ? "Open assignments:" : "Öppna uppdrag:");
        foreach (var tracked in open)
        {
            text.Append("\n- ").Append(AssignmentLines.Line(tracked, speaker.Language));
        }

        if (speaker.IsSecretariat)
        {
            text.Append(english
                ? "\n\nWrite \"uppdrag klart 12\" to mark assignment 12 done."
                : "\n\nSkriv \"uppdrag klart 12\" för att markera uppdrag 12 som klart.");
        }

        await turn.SayAsync(text.ToString(), cancellationToken);
    }

    private async Task MarkDoneAsync(int? number, Speaker speaker, bool english, TurnContext turn, CancellationToken cancellationToken)
    {
        if (number is not { } id)
        {
            await turn.SayAsync(english ? "Which assignment? Write for example \"uppdrag klart 12\"; \"uppdrag\" shows the numbers."
                : "Vilket uppdrag? Skriv till exempel \"uppdrag klart 12\"; \"uppdrag\" visar numren.", cancellationToken);
            return;
        }

        var done = await assignments.MarkDoneAsync(id, speaker.Name, cancellationToken);
        if (done is null)
        {
            await turn.SayAsync(english ? $"There is no assignment {id}. \"uppdrag\" shows the numbers."
                : $"Det finns inget uppdrag {id}. \"uppdrag\" visar numren.", cancellationToken);
            return;
        }

        await turn.SayAsync((english ? "Marked done: " : "Markerat som klart: ") + AssignmentLines.Line(done, speaker.Language), cancellationToken);
    }
}
