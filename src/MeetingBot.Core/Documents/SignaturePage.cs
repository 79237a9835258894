namespace MeetingBot.Core.Documents;

/// <summary>
/// The last page of a justerat protocol ("Underskriftssida"): who approved it, when and how, and
/// the SHA-256 (lower-case hex) of the exact document they approved.
/// </summary>
public sealed record SignaturePage(IReadOnlyList<SignaturePageEntry> Signatories, string DocumentSha256);

/// <summary>
/// One approval on the <see cref="SignaturePage"/>. <see cref="SignedAt"/> is printed in Stockholm
/// time whatever its offset; <see cref="Method"/> is printed as given, e.g. "justerat i Microsoft Teams".
/// </summary>
public sealed record SignaturePageEntry(string Name, string Role, DateTimeOffset SignedAt, string Method);
