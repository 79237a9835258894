using MeetingBot.Core;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Documents;
using MeetingBot.Core.Justering;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Protocols;
using MeetingBot.Core.Text;
using MeetingBot.Documents;
using MeetingBot.Justering.Storage;
using MeetingBot.Storage;
using Microsoft.Extensions.Options;

namespace MeetingBot.Justering;

/// <summary>A protocol's justering as it stands: the finalised protocol, the current version and everyone's standing on it.</summary>
internal sealed record JusteringView(Protocol Protocol, JusteringVersion? Version, JusteringStatus Status, JusteradProtocol? Justerat);

/// <summary>What an answer on the card led to.</summary>
internal enum AnswerResult
{
    Recorded,
    NotASignatory,
    Outdated,
    AlreadyJusterat,
}

internal sealed record AnswerOutcome(AnswerResult Result, JusteringView? View, bool BecameJusterat = false);

/// <summary>
/// Justering of a finalised protocol: who signs, the PDF versions sent, the answers bound to the exact
/// PDF shown (SHA-256), and, when all have approved, the final PDF with its "Underskriftssida", sealed
/// when a certificate is configured. A change of the protocol (a replace bumps its revision) makes the
/// next send a new version with a new hash, so approvals of the old one no longer count.
/// </summary>
internal sealed class JusteringService(
    JusteringStore store,
    ProtocolStore protocols,
    IProtocolSealer sealer,
    IOptions<JusteringOptions> options,
    TimeProvider time,
    ILogger<JusteringService> logger)
{
    public const string Method = "justerat i Microsoft Teams";

    public async Task<IReadOnlyList<Signatory>> SetSignatoriesAsync(Meeting meeting, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var signatories = await MatchAsync(names, cancellationToken);
        await store.SetSignatoriesAsync(meeting.Id, [.. signatories.Select(s => s.MemberId)], cancellationToken);
        return signatories;
    }

    public async Task<IReadOnlyList<Signatory>> SetSeriesSignatoriesAsync(int year, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var signatories = await MatchAsync(names, cancellationToken);
        await store.SetSeriesSignatoriesAsync(year, [.. signatories.Select(s => s.MemberId)], cancellationToken);
        return signatories;
    }

    /// <summary>The meeting's signatories, else its series', else <c>Justering:DefaultSignatories</c>.</summary>
    public async Task<IReadOnlyList<Signatory>> SignatoriesAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var named = await store.SignatoriesAsync(meeting.Id, meeting.Date.Year, cancellationToken);
        return named.Count > 0 || options.Value.DefaultSignatories.Length == 0
            ? named
            : await MatchAsync(options.Value.DefaultSignatories, cancellationToken);
    }

    /// <summary>
    /// The version to send: the current one, or a new PDF when the protocol changed since (or none was sent).
    /// <see cref="DomainException"/> when the protocol is not finalised, already justerat, or has no signatories.
    /// </summary>
    public async Task<(JusteringView View, bool IsNewVersion)> PrepareSendAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var protocol = await FinalisedAsync(meeting, cancellationToken);
        if (await store.JusteratAsync(meeting.Id, cancellationToken) is not null)
        {
            throw new DomainException(
                $"the protocol of the meeting on {meeting.Date:yyyy-MM-dd} is already justerat",
                new UserMessage($"protokollet för mötet {SwedishDate.Format(meeting.Date)} är redan justerat.", $"the protocol of the meeting on {CardTexts.English.Date(meeting.Date)} is already approved."));
        }

        var signatories = await SignatoriesAsync(meeting, cancellationToken);
        if (signatories.Count == 0)
        {
            throw new DomainException(
                $"the protocol of the meeting on {meeting.Date:yyyy-MM-dd} has no signatories",
                new UserMessage(
                    $"ingen är utsedd att justera protokollet. Skriv till exempel \"justerare {SwedishDate.Format(meeting.Date)}: Kristina Magnusson, Christian Dahlmann\" först.",
                    $"nobody is named to approve the protocol. Write for example \"justerare {SwedishDate.Format(meeting.Date)}: Kristina Magnusson, Christian Dahlmann\" first."));
        }

        var revision = await store.ProtocolRevisionAsync(meeting.Id, cancellationToken) ?? 0;
        var latest = await store.LatestVersionAsync(meeting.Id, cancellationToken);
        var isNew = latest is null || latest.ProtocolRevision != revision;
        var version = isNew ? await store.AddVersionAsync(meeting.Id, revision, Render(protocol, null), time.GetUtcNow(), cancellationToken) : latest!;
        if (isNew)
        {
            JusteringLog.VersionCreated(logger, protocol.Reference, version.Number, version.DocumentSha256);
        }

        return (new JusteringView(protocol, version, await StatusAsync(meeting.Id, signatories, version, cancellationToken), null), isNew);
    }

    /// <summary>The justering as it stands; <see cref="DomainException"/> when the protocol is not finalised.</summary>
    public async Task<JusteringView> ViewAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var protocol = await FinalisedAsync(meeting, cancellationToken);
        var signatories = await SignatoriesAsync(meeting, cancellationToken);
        var version = await store.LatestVersionAsync(meeting.Id, cancellationToken);
        return new JusteringView(protocol, version, await StatusAsync(meeting.Id, signatories, version, cancellationToken), await store.JusteratAsync(meeting.Id, cancellationToken));
    }

    /// <summary>
    /// Records <paramref name="memberId"/>'s answer on version <paramref name="versionNumber"/>, bound to
    /// that version's hash. Refused for anyone not named, for a version that is no longer current (or a
    /// protocol changed since it was sent), and once justerat. The last approval makes the protocol justerat.
    /// </summary>
    public async Task<AnswerOutcome> AnswerAsync(
        Meeting meeting, int versionNumber, int memberId, string aadObjectId, JusteringVerdict verdict, string? comment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var view = await ViewAsync(meeting, cancellationToken);
        if (view.Justerat is not null)
        {
            return new AnswerOutcome(AnswerResult.AlreadyJusterat, view);
        }

        if (!view.Status.IsSignatory(memberId))
        {
            return new AnswerOutcome(AnswerResult.NotASignatory, null);
        }

        var revision = await store.ProtocolRevisionAsync(meeting.Id, cancellationToken);
        if (view.Version is not { } version || version.Number != versionNumber || version.ProtocolRevision != revision)
        {
            return new AnswerOutcome(AnswerResult.Outdated, view);
        }

        var answer = new JusteringAnswer(memberId, verdict, version.DocumentSha256, time.GetUtcNow(), string.IsNullOrWhiteSpace(comment) ? null : comment.Trim());
        await store.AddAnswerAsync(version.Id, answer, aadObjectId, cancellationToken);
        JusteringLog.Answered(logger, view.Protocol.Reference, version.Number, memberId, verdict);
        var status = view.Status with { Answers = [.. view.Status.Answers, answer] };
        view = view with { Status = status };
        if (!status.IsComplete)
        {
            return new AnswerOutcome(AnswerResult.Recorded, view);
        }

        var justerat = await CompleteAsync(meeting, view, version, cancellationToken);
        return new AnswerOutcome(AnswerResult.Recorded, view with { Justerat = justerat.Marked ?? view.Justerat }, justerat.Marked is not null && justerat.ByThisCall);
    }

    private async Task<(JusteradProtocol? Marked, bool ByThisCall)> CompleteAsync(Meeting meeting, JusteringView view, JusteringVersion version, CancellationToken cancellationToken)
    {
        var page = new SignaturePage(
            [.. view.Status.States.Select(s => new SignaturePageEntry(s.Signatory.Name, "Justerare", s.AnsweredAt!.Value, Method))],
            version.DocumentSha256);
        var unsealed = Render(view.Protocol, page);
        using var output = new MemoryStream();
        using var input = new MemoryStream(unsealed, writable: false);

        // Without a certificate the sealer writes the PDF through unchanged (NotConfigured). A certificate
        // that cannot be used throws: the approval stays recorded but nothing is marked justerat (the
        // presser is told it failed); a later approval on the same version completes it.
        var seal = await sealer.SealAsync(input, output, cancellationToken);

        var at = time.GetUtcNow();
        var byThisCall = await store.TryMarkJusteratAsync(meeting.Id, version.Id, at, output.ToArray(), seal.IsSealed, cancellationToken);
        if (byThisCall)
        {
            if (seal.IsSealed)
            {
                JusteringLog.Justerat(logger, view.Protocol.Reference, version.Number);
            }
            else
            {
                JusteringLog.JusteratUnsealed(logger, view.Protocol.Reference, version.Number);
            }
        }

        return (await store.JusteratAsync(meeting.Id, cancellationToken), byThisCall);
    }

    private async Task<JusteringStatus> StatusAsync(int meetingId, IReadOnlyList<Signatory> signatories, JusteringVersion? version, CancellationToken cancellationToken) =>
        new(signatories, version?.DocumentSha256 ?? string.Empty, version is null ? [] : await store.AnswersAsync(meetingId, cancellationToken));

    private async Task<Protocol> FinalisedAsync(Meeting meeting, CancellationToken cancellationToken) =>
        await protocols.FindByMeetingAsync(meeting.Id, cancellationToken)
            ?? throw new DomainException(
                $"the protocol of the meeting on {meeting.Date:yyyy-MM-dd} is not finalised",
                new UserMessage(
                    $"protokollet för mötet {SwedishDate.Format(meeting.Date)} är inte fastställt. Skriv \"fastställ protokoll {SwedishDate.Format(meeting.Date)}\" först.",
                    $"the protocol of the meeting on {CardTexts.English.Date(meeting.Date)} is not finalised. Write \"fastställ protokoll {SwedishDate.Format(meeting.Date)}\" first."));

    private async Task<IReadOnlyList<Signatory>> MatchAsync(IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var match = SignatoryNames.Match(names, await store.RosterAsync(cancellationToken));
        if (match.Unknown.Count > 0)
        {
            var list = string.Join(", ", match.Unknown);
            throw new DomainException(
                $"no roster member is called {list}",
                new UserMessage($"ingen i medlemslistan heter {list}. Skriv namnen som i medlemslistan.", $"nobody on the roster is called {list}. Write the names as the roster has them."));
        }

        return match.Signatories;
    }

    private byte[] Render(Protocol protocol, SignaturePage? page)
    {
        using var pdf = new MemoryStream();
        PdfProtocolWriter.Write(protocol, pdf, page, time);
        return pdf.ToArray();
    }
}
