using MeetingBot.Core;
using MeetingBot.Core.Cards;

namespace MeetingBot.Bot;

/// <summary>
/// What a chat user reads when their command or button fails. Exception messages are written for
/// logs and the command line, often in English and with internal detail, so they are logged and
/// never shown: the user reads the domain's own <see cref="UserMessage"/> in their language, or a
/// general text that says nothing changed.
/// </summary>
internal static class ChatFailure
{
    /// <summary>Every failure but cancellation, which belongs to the host.</summary>
    public static bool Handles(Exception exception) => exception is not OperationCanceledException;

    public static string Text(Exception exception, CardLanguage language, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var replies = BotReplies.For(language);
        switch (exception)
        {
            case DomainException { User: { } user }:
                BotLog.CommandRefused(logger, exception.GetType().Name, exception);
                return replies.FailedBecause + user.In(language);
            case DomainException:
                BotLog.CommandRefused(logger, exception.GetType().Name, exception);
                return replies.Failed;
            default:
                BotLog.CommandFailed(logger, exception.GetType().Name, exception);
                return replies.Failed;
        }
    }
}
