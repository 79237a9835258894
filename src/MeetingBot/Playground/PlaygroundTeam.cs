namespace MeetingBot.Playground;

/// <summary>
/// The made-up tenant, team and channel the playground stands in for. In Teams a team's General
/// channel has the team's own id; the playground keeps that rule.
/// </summary>
internal static class PlaygroundTeam
{
    public const string TenantId = "5a3d1e2f-0000-4000-8000-00000000fa11";
    public const string TeamId = "19:kommundirektorsgruppen-playground@thread.tacv2";
    public const string TeamName = "Kommundirektörsgruppen";
    public const string TeamAadGroupId = "5a3d1e2f-0000-4000-8000-0000000071ea";
    public const string ChannelId = TeamId;
    public const string ChannelName = "Allmänt";
    public const string BotName = "MeetingBot";

    /// <summary>The 1:1 chat between the bot and a user; Teams' ids start with <c>a:</c> and are opaque.</summary>
    public static string PersonalConversationId(string aadObjectId) => "a:playground-" + aadObjectId;

    /// <summary>The Entra id of a personal chat's user, or null for other conversations.</summary>
    public static string? PersonalUser(string conversationId) =>
        conversationId.StartsWith("a:playground-", StringComparison.Ordinal) ? conversationId["a:playground-".Length..] : null;

    /// <summary>Channel threads are <c>{channel};messageid={root}</c>; the page shows a channel as one stream.</summary>
    public static string StreamOf(string conversationId)
    {
        var thread = conversationId.IndexOf(";messageid=", StringComparison.Ordinal);
        return thread < 0 ? conversationId : conversationId[..thread];
    }
}
