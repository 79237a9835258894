using System.Globalization;
using System.Security.Cryptography;
using MeetingBot.Bot.Downloads;
using MeetingBot.Hosting;
using Microsoft.Extensions.Options;

namespace MeetingBot.Calendar.Ics;

/// <summary>
/// A member's address of a year's .ics feed, <c>/series/{year}/members/{id}/calendar.ics?token=…</c>:
/// the roster id says whose file it is without putting an email in the URL, and the token, an
/// HMAC-SHA256 over year, id and the member's roster email, says the bot gave it to that member. A
/// calendar subscribes to the address, so it does not expire; rotating the key revokes every link.
/// Binding the email means a roster id reused by someone else (or an email changed) does not inherit the link.
/// </summary>
/// <remarks>
/// The key is <c>Calendar:FeedLinkKey</c>, else one derived from <c>Bot:DownloadLinkKey</c> (so a
/// download signature is never a feed token), else one made at start-up that dies with the process.
/// </remarks>
internal sealed class CalendarFeedLinks(IOptions<SeriesCalendarOptions> calendar, IOptions<DownloadLinkOptions> downloads, PublicAddress address)
{
    private static readonly byte[] DerivationLabel = "MeetingBot calendar feed links"u8.ToArray();

    private readonly LinkSignature signature = new(DownloadLinkOptions.Decode(calendar.Value.FeedLinkKey)
        ?? (downloads.Value.KeyBytes() is { } shared ? HMACSHA256.HashData(shared, DerivationLabel) : RandomNumberGenerator.GetBytes(DownloadLinkOptions.MinimumKeyBytes)));

    public Uri For(int year, int memberId, string email) => address.Resolve(PathFor(year, memberId, email));

    /// <summary>The link as an absolute path, for a page on this host.</summary>
    public string PathFor(int year, int memberId, string email) =>
        string.Create(CultureInfo.InvariantCulture, $"/series/{year}/members/{memberId}/calendar.ics?token={Sign(year, memberId, email)}");

    /// <summary>Whether <paramref name="token"/> is the one handed to the member; always false without an email.</summary>
    public bool IsValid(int year, int memberId, string? email, string? token)
    {
        // Compared in constant time, and computed for an unknown member too, so neither timing nor answer says who is on the roster.
        return signature.Verifies(Payload(year, memberId, email ?? string.Empty), token) && email is not null;
    }

    private string Sign(int year, int memberId, string email) => signature.Sign(Payload(year, memberId, email));

    private static string Payload(int year, int memberId, string email) => string.Create(CultureInfo.InvariantCulture, $"calendar.ics:{year}:{memberId}:{email}");
}
