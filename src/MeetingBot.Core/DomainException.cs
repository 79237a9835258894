namespace MeetingBot.Core;

/// <summary>
/// Input or state that the domain rejects. The message is written for the person who gave the
/// input on the command line or in the logs; <see cref="User"/>, when set, is what a chat user reads
/// instead, in their language. Chat shows a general Swedish text for an exception without it.
/// </summary>
public class DomainException(string message, Exception? inner = null) : Exception(message, inner)
{
    public DomainException(string message, UserMessage user, Exception? inner = null)
        : this(message, inner) => User = user;

    public UserMessage? User { get; }
}
