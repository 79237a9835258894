namespace MeetingBot.BotFramework.Storage;

public static class ActivityDeduplication
{
    /// <summary>
    /// How long a handled activity is remembered. Teams re-delivers after its 15 s timeout and again
    /// about 30 s later; the spec asks for at least 10 minutes.
    /// </summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
}
