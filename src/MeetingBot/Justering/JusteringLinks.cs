using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MeetingBot.Bot.Downloads;
using MeetingBot.Hosting;
using Microsoft.Extensions.Options;

namespace MeetingBot.Justering;

/// <summary>
/// Links to a protocol's justering PDFs, <c>/protocols/{meetingId}/pdf?version=2&amp;expires=…&amp;sig=…</c>
/// (or <c>version=final</c> for the justerat one): signed like the protocol download links with
/// <c>Bot:DownloadLinkKey</c>, under a prefix of their own so a signature of one kind never opens the other.
/// They live longer than the secretariat's download links because a signatory may read days later.
/// </summary>
internal sealed class JusteringLinks(PublicAddress address, IOptions<DownloadLinkOptions> options, TimeProvider time)
{
    public const string Final = "final";

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    private readonly byte[] key = options.Value.KeyBytes() ?? RandomNumberGenerator.GetBytes(DownloadLinkOptions.MinimumKeyBytes);

    public Uri For(int meetingId, int version) => For(meetingId, version.ToString(CultureInfo.InvariantCulture));

    public Uri ForFinal(int meetingId) => For(meetingId, Final);

    public bool IsValid(int meetingId, string? version, long? expires, string? signature)
    {
        if (version is null || expires is null || signature is null || expires < time.GetUtcNow().ToUnixTimeSeconds())
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(meetingId, version, expires.Value));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }

    private Uri For(int meetingId, string version)
    {
        var expires = time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds();
        return address.Resolve(string.Create(CultureInfo.InvariantCulture,
            $"protocols/{meetingId}/pdf?version={version}&expires={expires}&sig={Sign(meetingId, version, expires)}"));
    }

    private string Sign(int meetingId, string version, long expires)
    {
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"justering.pdf:{meetingId}:{version}:{expires}")));
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
