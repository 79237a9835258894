using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MeetingBot.Core.Roster;

namespace MeetingBot.Playground.Sample;

/// <summary>
/// The sample roster's made-up contact details: addresses in the reserved <c>.invalid</c> domain, so
/// no mail can ever reach a real person, and Entra object ids derived from the address, so a member
/// keeps the same identity in the playground across restarts and fresh databases.
/// </summary>
internal static class SamplePeople
{
    public const string EmailDomain = "exempel.invalid";

    /// <summary>The secretariat as one shared identity, besides the secretary the protocol names.</summary>
    public static Member Secretariat { get; } =
        new("Sekretariatet", ProtocolRoster.SecretariatOrganisation, "sekretariatet@" + EmailDomain, MemberRole.Secretariat);

    public static bool IsSample(string? email) =>
        email is not null && email.EndsWith("@" + EmailDomain, StringComparison.OrdinalIgnoreCase);

    public static Member WithEmail(Member member) => member with { Email = EmailFor(member.Name) };

    /// <summary>"Åsa Simonsson" → asa.simonsson@exempel.invalid: accents dropped, anything else between words a dot.</summary>
    public static string EmailFor(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '.')
            {
                builder.Append('.');
            }
        }

        return builder.ToString().Trim('.') + "@" + EmailDomain;
    }

    /// <summary>A name-based GUID (SHA-256 of the address, version 8 bits set), the same on every machine.</summary>
    public static string AadObjectIdFor(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("meetingbot-playground:" + key.Trim().ToLowerInvariant()));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString();
    }
}
