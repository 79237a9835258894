namespace MeetingBot.Core.Justering;

/// <summary>Where one signatory stands on the current document.</summary>
public enum SignatoryStanding
{
    Waiting,
    Approved,
    ChangeRequested,
}

/// <summary>A signatory with their standing and, once they answered, when.</summary>
public sealed record SignatoryState(Signatory Signatory, SignatoryStanding Standing, DateTimeOffset? AnsweredAt, string? Comment);

/// <summary>
/// The state of a protocol's justering for the current document (<see cref="DocumentSha256"/>).
/// Answers given for another hash (an older version) are ignored: changing the protocol voids them.
/// A signatory's latest answer on the current document counts.
/// </summary>
public sealed record JusteringStatus(IReadOnlyList<Signatory> Signatories, string DocumentSha256, IReadOnlyList<JusteringAnswer> Answers)
{
    public IReadOnlyList<SignatoryState> States => [.. Signatories.Select(StateOf)];

    /// <summary>True when there is at least one signatory and every one has approved the current document.</summary>
    public bool IsComplete => Signatories.Count > 0 && Signatories.All(s => StateOf(s).Standing == SignatoryStanding.Approved);

    public bool IsSignatory(int memberId) => Signatories.Any(s => s.MemberId == memberId);

    public SignatoryState StateOf(Signatory signatory)
    {
        ArgumentNullException.ThrowIfNull(signatory);
        var latest = Answers
            .Where(a => a.MemberId == signatory.MemberId && string.Equals(a.DocumentSha256, DocumentSha256, StringComparison.OrdinalIgnoreCase))
            .OrderBy(a => a.AnsweredAt)
            .LastOrDefault();
        return latest is null
            ? new SignatoryState(signatory, SignatoryStanding.Waiting, null, null)
            : new SignatoryState(signatory, latest.Verdict == JusteringVerdict.Approved ? SignatoryStanding.Approved : SignatoryStanding.ChangeRequested, latest.AnsweredAt, latest.Comment);
    }
}
