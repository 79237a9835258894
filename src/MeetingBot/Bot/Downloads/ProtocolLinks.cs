using System.Globalization;
using System.Security.Cryptography;
using MeetingBot.Hosting;
using MeetingBot.Meetings;
using Microsoft.Extensions.Options;

namespace MeetingBot.Bot.Downloads;

/// <summary>
/// Download links for protocol documents that need no sign-in: the host signs meeting, format and
/// expiry with a key only it knows, so a link works for whoever the bot gave it to (the
/// secretariat, in chat) until it expires, and cannot be altered to reach another meeting.
/// The key is <c>Bot:DownloadLinkKey</c>, so links survive restarts and work on every instance that
/// shares it; without one it is made at start-up and links die with the process.
/// </summary>
internal sealed class ProtocolLinks(PublicAddress address, IOptions<DownloadLinkOptions> options, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private readonly LinkSignature signature = new(options.Value.KeyBytes() ?? RandomNumberGenerator.GetBytes(DownloadLinkOptions.MinimumKeyBytes));

    public Uri For(int meetingId, ProtocolFormat format)
    {
        var expires = time.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds();
        var name = Name(format);
        var path = string.Create(CultureInfo.InvariantCulture, $"protocols/{meetingId}/document?format={name}&expires={expires}&sig={Sign(meetingId, name, expires)}");
        return address.Resolve(path);
    }

    public bool IsValid(int meetingId, string format, long expires, string? signature)
    {
        return expires >= time.GetUtcNow().ToUnixTimeSeconds() && this.signature.Verifies(Payload(meetingId, format, expires), signature);
    }

    public static string Name(ProtocolFormat format) => format == ProtocolFormat.Docx ? "docx" : "markdown";

    public static ProtocolFormat? Parse(string? name) => name switch
    {
        "docx" => ProtocolFormat.Docx,
        "markdown" or "md" => ProtocolFormat.Markdown,
        _ => null,
    };

    private string Sign(int meetingId, string format, long expires) => signature.Sign(Payload(meetingId, format, expires));

    private static string Payload(int meetingId, string format, long expires) => string.Create(CultureInfo.InvariantCulture, $"{meetingId}:{format}:{expires}");
}
