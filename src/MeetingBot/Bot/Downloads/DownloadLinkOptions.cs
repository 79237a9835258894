namespace MeetingBot.Bot.Downloads;

/// <summary>
/// <c>Bot:DownloadLinkKey</c>: the HMAC key that signs protocol download links, base64 of at least
/// 32 random bytes (<c>openssl rand -base64 32</c>). With it, links outlive a restart and work on
/// every instance that has the same key; without it each process makes its own.
/// </summary>
internal sealed class DownloadLinkOptions
{
    public const string Section = "Bot";
    public const string KeyName = Section + ":DownloadLinkKey";
    public const int MinimumKeyBytes = 32;

    public string? DownloadLinkKey { get; set; }

    /// <summary>The configured key's bytes; null when none is set or it is not valid base64.</summary>
    public byte[]? KeyBytes() => Decode(DownloadLinkKey);

    /// <summary>A configured base64 key's bytes; null when none is set or it is not valid base64.</summary>
    public static byte[]? Decode(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }

        var buffer = new byte[key.Length];
        return Convert.TryFromBase64String(key.Trim(), buffer, out var written) ? buffer[..written] : null;
    }
}
