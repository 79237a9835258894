namespace MeetingBot.Playground;

/// <summary>Development was asked to listen beyond loopback; the message says how to fix it.</summary>
internal sealed class DevelopmentBindingException(string message) : Exception(message);
