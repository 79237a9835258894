using System.Security.Cryptography;

namespace MeetingBot.Core.Justering;

/// <summary>The SHA-256 of a document as lower-case hex: what an approval is bound to and what the signature page prints.</summary>
public static class DocumentHash
{
    public static string Sha256Hex(ReadOnlySpan<byte> document) => Convert.ToHexStringLower(SHA256.HashData(document));
}
