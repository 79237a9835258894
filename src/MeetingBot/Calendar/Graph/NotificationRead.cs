using System.Text.Json.Nodes;

namespace MeetingBot.Calendar.Graph;

/// <summary>What became of a notification POST's body; anything but Read is refused without looking further.</summary>
internal enum ReadOutcome
{
    Read,
    TooLarge,
    Malformed,
    Unauthentic,
}

/// <param name="Notifications">Those carrying our clientState (when <see cref="Outcome"/> is Read).</param>
/// <param name="Rejected">How many notifications carried another clientState.</param>
internal sealed record NotificationRead(ReadOutcome Outcome, IReadOnlyList<JsonNode> Notifications, int Rejected)
{
    public static readonly NotificationRead TooLarge = new(ReadOutcome.TooLarge, [], 0);
    public static readonly NotificationRead Malformed = new(ReadOutcome.Malformed, [], 0);

    public static NotificationRead Unauthentic(int rejected) => new(ReadOutcome.Unauthentic, [], rejected);
}
