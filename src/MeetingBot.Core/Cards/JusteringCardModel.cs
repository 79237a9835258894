using MeetingBot.Core.Justering;

namespace MeetingBot.Core.Cards;

/// <summary>
/// A protocol sent for justering as one signatory sees it: the protocol's summary (its items), the
/// signed link to the exact PDF of <see cref="Version"/>, and everyone's standing on that version.
/// <see cref="ViewerMemberId"/> is whose view it is (their own answer is shown; the buttons only while they have none).
/// </summary>
public sealed record JusteringCardModel(
    string MeetingId,
    string ProtocolReference,
    string Title,
    DateOnly Date,
    IReadOnlyList<string> Summary,
    int Version,
    string DocumentSha256,
    Uri PdfLink,
    IReadOnlyList<SignatoryState> States,
    int? ViewerMemberId = null)
{
    /// <summary>The Teams user ids (29:…) of the signatories, for the card's per-user refresh.</summary>
    public IReadOnlyList<string> RefreshUserIds { get; init; } = [];
}

/// <summary>The channel's card once every signatory has approved: who, when, and the final (sealed or not) PDF.</summary>
public sealed record JusteradCardModel(string ProtocolReference, string Title, DateOnly Date, IReadOnlyList<SignatoryState> States, Uri FinalPdfLink, bool Sealed);
