using MeetingBot.BotFramework.Connector;
using MeetingBot.BotFramework.Handlers;
using MeetingBot.Core.Cards;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Bot.Speakers;

/// <summary>
/// Finds the roster member behind <c>from.aadObjectId</c>. The roster is imported from protocols and
/// spreadsheets, which know emails but not Entra ids, so the first time someone speaks the bot asks
/// Teams for their email and remembers the id on the member; later turns need one indexed read.
/// Only the activity's authenticated <c>from</c> counts, never anything a card carries.
/// </summary>
internal sealed class SpeakerResolver(IDbContextFactory<MeetingBotDbContext> factory, ILogger<SpeakerResolver> logger)
{
    public async Task<Speaker?> ResolveAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var aadObjectId = turn.Activity.From?.AadObjectId;
        if (string.IsNullOrWhiteSpace(aadObjectId))
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var known = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.AadObjectId == aadObjectId, cancellationToken);
        if (known is not null)
        {
            return ToSpeaker(known, aadObjectId);
        }

        var email = await LookUpEmailAsync(turn, aadObjectId, cancellationToken);
        if (email is null)
        {
            return null;
        }

        var member = await db.Members.FirstOrDefaultAsync(m => m.Email == email, cancellationToken);
        if (member is null || (member.AadObjectId is not null && member.AadObjectId != aadObjectId))
        {
            // Not on the roster, or the roster's person is already tied to another Entra id: no guessing.
            return null;
        }

        member.AadObjectId = aadObjectId;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // A concurrent turn of the same person stored the id first; the id is the same either way.
        }

        return ToSpeaker(member, aadObjectId);
    }

    /// <summary>
    /// The member behind the activity if the bot already knows their Entra id, without asking Teams:
    /// enough to pick the language of a greeting, since whoever chose a language has spoken to the bot.
    /// </summary>
    public async Task<Speaker?> FindKnownAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var aadObjectId = turn.Activity.From?.AadObjectId;
        if (string.IsNullOrWhiteSpace(aadObjectId))
        {
            return null;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var known = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.AadObjectId == aadObjectId, cancellationToken);
        return known is null ? null : ToSpeaker(known, aadObjectId);
    }

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

    private static Speaker ToSpeaker(MemberRow row, string aadObjectId) =>
        new(row.Id, row.Name, row.Organisation, row.Email, row.Role, aadObjectId, row.Language ?? CardLanguage.Swedish);
}
