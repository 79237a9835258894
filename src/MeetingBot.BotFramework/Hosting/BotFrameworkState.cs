namespace MeetingBot.BotFramework.Hosting;

/// <summary>
/// Whether the bot runs in this host. It does in Development (with the development issuer if nothing
/// is configured) and wherever a <c>Bot</c> section exists, which is then validated at start-up. A
/// production host without a <c>Bot</c> section (a CLI job, a health probe) runs without
/// <c>/api/messages</c> rather than failing; it never runs the endpoint unauthenticated.
/// </summary>
internal sealed record BotFrameworkState(bool Enabled);
