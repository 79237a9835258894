using System.Globalization;
using System.Security.Cryptography;
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

    private readonly LinkSignature signature = new(options.Value.KeyBytes() ?? RandomNumberGenerator.GetBytes(DownloadLinkOptions.MinimumKeyBytes));

    public Uri For(int meetingId, int version) => For(meetingId, version.ToString(CultureInfo.InvariantCulture));

    public Uri ForFinal(int meetingId) => For(meetingId, Final);

    public bool IsValid(int meetingId, string? version, long? expires, string? signature)
    {
        return version is not null && expires >= time.GetUtcNow().ToUnixTimeSeconds()
            && this.signature.Verifies(Payload(meetingId, version, expires.Value), signature);
    }

    private Uri For(int meetingId, string version)
    {
        var expires = time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds();
        return address.Resolve(string.Create(CultureInfo.InvariantCulture,
            $"protocols/{meetingId}/pdf?version={version}&expires={expires}&sig={Sign(meetingId, version, expires)}"));
    }

    private string Sign(int meetingId, string version, long expires) => signature.Sign(Payload(meetingId, version, expires));

    private static string Payload(int meetingId, string version, long expires) =>
        string.Create(CultureInfo.InvariantCulture, $"justering.pdf:{meetingId}:{version}:{expires}");
}
