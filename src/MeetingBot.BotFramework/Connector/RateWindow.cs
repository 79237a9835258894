namespace MeetingBot.BotFramework.Connector;

/// <summary>At most <paramref name="Limit"/> calls in any span of <paramref name="Length"/>.</summary>
internal readonly record struct RateWindow(TimeSpan Length, int Limit);
