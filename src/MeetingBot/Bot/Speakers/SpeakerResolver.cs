using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Meetings;
using MeetingBot.Storage;

namespace MeetingBot.Bot.Speakers;

/// <summary>
/// Finds the roster member behind <c>from.aadObjectId</c>. The roster is imported from protocols and
/// spreadsheets, which know emails but not Entra ids, so the first time someone speaks the bot asks
/// Teams for their email and the roster links the id to the member; later turns need one read of the
/// roster, which the turn then reuses (<see cref="Speaker.Roster"/>).
/// Only the activity's authenticated <c>from</c> counts, never anything a card carries.
/// </summary>
internal sealed class SpeakerResolver(RosterStore roster, ILogger<SpeakerResolver> logger)
{
    public async Task<Speaker?> ResolveAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var aadObjectId = turn.Activity.From?.AadObjectId;
        if (string.IsNullOrWhiteSpace(aadObjectId))
        {
            return null;
        }

        var members = await roster.MembersAsync(cancellationToken);
        if (Known(members, aadObjectId) is { } known)
        {
            return known;
        }

        // The roster's one linking policy decides; a member linked to another Entra id is refused there.
        var email = await LookUpEmailAsync(turn, aadObjectId, cancellationToken);
        var linked = email is null ? null : await roster.LinkAsync(email, aadObjectId, cancellationToken);
        return linked is null ? null : new Speaker(linked, [.. members.Select(m => m.Id == linked.Id ? linked : m)]);
    }

    /// <summary>
    /// The member behind the activity if the bot already knows their Entra id, without asking Teams:
    /// enough to pick the language of a greeting, since whoever chose a language has spoken to the bot.
    /// </summary>
    public async Task<Speaker?> FindKnownAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var aadObjectId = turn.Activity.From?.AadObjectId;
        return string.IsNullOrWhiteSpace(aadObjectId) ? null : Known(await roster.MembersAsync(cancellationToken), aadObjectId);
    }

    private static Speaker? Known(IReadOnlyList<RosterMember> members, string aadObjectId) =>
        members.FirstOrDefault(m => string.Equals(m.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase)) is { } member
            ? new Speaker(member, members)
            : null;

    /// <summary>The user's email (or UPN, which is their email in Familjen Helsingborg's tenants), lower-cased as the roster stores it.</summary>
    private async Task<string?> LookUpEmailAsync(TurnContext turn, string aadObjectId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(turn.Address.ServiceUrl) || string.IsNullOrEmpty(turn.Address.ConversationId))
        {
            return null;
        }

        try
        {
            await foreach (var account in turn.Connector.GetMembersAsync(turn.Address, cancellationToken: cancellationToken))
            {
                if (string.Equals(account.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase)
                    || (account.Id is not null && account.Id == turn.Activity.From?.Id))
                {
                    var address = account.Email ?? account.UserPrincipalName;
                    return string.IsNullOrWhiteSpace(address) ? null : address.Trim().ToLowerInvariant();
                }
            }
        }
        catch (ConnectorException ex)
        {
            // Without the lookup the person is simply unknown; the reply says so instead of failing the turn.
            BotLog.MemberLookupFailed(logger, (int)ex.StatusCode, ex.ErrorCode);
        }

        return null;
    }
}
