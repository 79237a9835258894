using System.CommandLine;
using MeetingBot.Core.Questions;
using MeetingBot.Questions;

namespace MeetingBot.Cli;

/// <summary><c>ask "FRÅGA" [--json]</c>: answers a question from the stored protocols, as the bot would.</summary>
internal static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string>("question") { Description = "The question, in Swedish, e.g. \"Vad beslutades om idrottsgalan?\"" };
        var json = new Option<bool>("--json") { Description = "Print the answer with its citations as JSON." };
        var command = new Command("ask", "Ask about past decisions, attendance or the next meeting.") { question, json };
        command.SetAction(async (parse, ct) =>
        {
            var text = parse.GetRequiredValue(question);
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new CliException("the question is empty; ask for example \"Vad beslutades om idrottsgalan?\"");
            }

            await using var host = await CliHost.OpenAsync(ct);
            var answer = await host.Get<QuestionService>().AskAsync(text, ct);
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync(parse.GetValue(json) ? AnswerJson.Serialize(answer) : answer.Text);
            return 0;
        });
        return command;
    }
}
