using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace MeetingBot.Hosting;

/// <summary>
/// The HMAC-SHA256 of a link's payload under a key only the host knows, base64url without padding so it
/// sits in a query string as it is. Each kind of link signs a payload of its own shape (with its own
/// prefix), so a signature of one kind never opens another.
/// </summary>
internal sealed class LinkSignature(byte[] key)
{
    public string Sign(string payload) => Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(payload)));

    /// <summary>Compared in constant time, so the time taken says nothing about how much of a guess was right.</summary>
    public bool Verifies(string payload, string? signature) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(payload)), Encoding.ASCII.GetBytes(signature ?? string.Empty));
}
