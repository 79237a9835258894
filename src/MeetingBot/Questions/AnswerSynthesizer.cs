using MeetingBot.Core.Questions;
using Microsoft.Extensions.AI;

namespace MeetingBot.Questions;

/// <summary>
/// Lets a language model write the answer in prose from the retrieved decisions only. Its reply is
/// shown only if every sentence cites a retrieved §; otherwise, or if the model fails, the
/// retrieval answer stands as it is.
/// </summary>
internal sealed partial class AnswerSynthesizer(IChatClient chatClient, ILogger<AnswerSynthesizer> logger)
{
    public async Task<Answer> RewriteAsync(Answer answer, CancellationToken cancellationToken)
    {
        var decisions = answer.Answers.OfType<DecisionAnswer>().ToList();
        if (answer.Kind != AnswerKind.Decisions || decisions.Count == 0)
        {
            return answer;
        }

        try
        {
            var response = await chatClient.GetResponseAsync(
                [
                    new ChatMessage(ChatRole.System, GroundedPrompt.Instructions),
                    new ChatMessage(ChatRole.User, GroundedPrompt.Sources(answer.Question, decisions)),
                ],
                new ChatOptions { Temperature = 0 },
                cancellationToken);
            var reply = response.Text.Trim();
            if (GroundedPrompt.IsGrounded(reply, decisions))
            {
                return answer with { Text = reply };
            }

            LogUngrounded(logger);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.ClientModel.ClientResultException
            && !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, ex);
        }

        return answer;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The model's answer cited a paragraph it was not given or left a sentence uncited; the retrieved decisions are shown instead.")]
    private static partial void LogUngrounded(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The model could not be reached; the retrieved decisions are shown instead.")]
    private static partial void LogFailed(ILogger logger, Exception ex);
}
