using MeetingBot.Scheduling;
using MeetingBot.Storage.Rows;

namespace MeetingBot.Bot.Cards;

/// <summary>Everyone (channel and every member, copies already out are updated) or a reminder (a new message to those who have not answered).</summary>
internal enum AgendaDelivery
{
    Everyone,
    Reminder,
}

/// <summary>What posting an agenda reached: the channel (or that posting there failed), and which members got it in their personal chat.</summary>
internal sealed record AgendaPosting(bool Channel, IReadOnlyList<string> Reached, IReadOnlyList<string> NotReached, bool ChannelFailed = false)
{
    /// <summary>
    /// Read from a finished fan-out: a member counts as reached when Teams confirmed their personal copy.
    /// A member without an Entra id was never a target and counts as not reached.
    /// </summary>
    public static AgendaPosting Of(IReadOnlyList<MemberRow> members, IReadOnlySet<string> sent, DeliveryTarget? channel = null)
    {
        var reached = members.Where(m => m.AadObjectId is not null && sent.Contains(PersonalChatTarget.KeyOf(m.AadObjectId))).ToHashSet();
        var inChannel = channel is not null && sent.Contains(channel.Key);
        return new AgendaPosting(
            inChannel, [.. members.Where(reached.Contains).Select(m => m.Name)], [.. members.Where(m => !reached.Contains(m)).Select(m => m.Name)],
            ChannelFailed: channel is not null && !inChannel);
    }
}
