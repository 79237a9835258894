namespace MeetingBot.Core;

/// <summary>
/// Input or state that the domain rejects. The message is written for the person who gave the
/// input (a secretary, an administrator) and is safe to show them as it stands.
/// </summary>
public class DomainException(string message, Exception? inner = null) : Exception(message, inner);
