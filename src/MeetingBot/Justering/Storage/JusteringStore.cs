using MeetingBot.Core.Justering;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Justering.Storage;

/// <summary>A PDF sent for justering, without its bytes.</summary>
internal sealed record JusteringVersion(int Id, int MeetingId, int Number, int ProtocolRevision, string DocumentSha256, DateTimeOffset CreatedAt);

/// <summary>A justerat protocol: when, the version approved, and whether the final PDF is sealed.</summary>
internal sealed record JusteradProtocol(int MeetingId, int VersionId, DateTimeOffset JusteradAt, bool Sealed);

/// <summary>
/// Signatories, the PDF versions sent for justering, the answers and the justerat mark. Every race is
/// decided by a unique index or key (version number per meeting, one justerat row per meeting), never by check-then-insert.
/// </summary>
internal sealed class JusteringStore(IDbContextFactory<MeetingBotDbContext> factory, RosterStore roster)
{
    public async Task SetSignatoriesAsync(int meetingId, IReadOnlyList<int> memberIds, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<JusteringSignatoryRow>().Where(s => s.MeetingId == meetingId).ExecuteDeleteAsync(cancellationToken);
        db.AddRange(memberIds.Select((id, i) => new JusteringSignatoryRow { MeetingId = meetingId, MemberId = id, Position = i }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SetSeriesSignatoriesAsync(int year, IReadOnlyList<int> memberIds, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<SeriesSignatoryRow>().Where(s => s.Year == year).ExecuteDeleteAsync(cancellationToken);
        db.AddRange(memberIds.Select((id, i) => new SeriesSignatoryRow { Year = year, MemberId = id, Position = i }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The meeting's own signatories, else the default of its year's series; empty when neither is set.</summary>
    public async Task<IReadOnlyList<Signatory>> SignatoriesAsync(int meetingId, int year, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var ids = await db.Set<JusteringSignatoryRow>().Where(s => s.MeetingId == meetingId).OrderBy(s => s.Position).Select(s => s.MemberId).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            ids = await db.Set<SeriesSignatoryRow>().Where(s => s.Year == year).OrderBy(s => s.Position).Select(s => s.MemberId).ToListAsync(cancellationToken);
        }

        return ids.Count == 0 ? [] : [.. (await roster.RowsAsync(ids, cancellationToken)).Select(m => new Signatory(m.Id, m.Name, m.Organisation))];
    }

    /// <summary>The revision of the meeting's finalised protocol (bumped whenever it is replaced), or null before it is finalised.</summary>
    public async Task<int?> ProtocolRevisionAsync(int meetingId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Protocols.Where(p => p.MeetingId == meetingId).Select(p => (int?)p.Revision).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<JusteringVersion?> LatestVersionAsync(int meetingId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await Versions(db.Set<JusteringVersionRow>().Where(v => v.MeetingId == meetingId).OrderByDescending(v => v.Version)).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Stores <paramref name="pdf"/> as the next version for <paramref name="protocolRevision"/>, unless a
    /// version for that revision already exists (a concurrent send made it): then that one is returned.
    /// </summary>
    public async Task<JusteringVersion> AddVersionAsync(int meetingId, int protocolRevision, byte[] pdf, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        while (true)
        {
            var latest = await LatestVersionAsync(meetingId, cancellationToken);
            if (latest is not null && latest.ProtocolRevision == protocolRevision)
            {
                return latest;
            }

            await using var db = factory.CreateDbContext();
            var row = new JusteringVersionRow
            {
                MeetingId = meetingId, Version = (latest?.Number ?? 0) + 1, ProtocolRevision = protocolRevision,
                DocumentSha256 = DocumentHash.Sha256Hex(pdf), Pdf = pdf, CreatedAt = now,
            };
            db.Add(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new JusteringVersion(row.Id, meetingId, row.Version, protocolRevision, row.DocumentSha256, now);
            }
            catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
            {
                // Another send took the number; read what it stored.
            }
        }
    }

    public async Task<byte[]?> PdfAsync(int meetingId, int number, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Set<JusteringVersionRow>().Where(v => v.MeetingId == meetingId && v.Version == number).Select(v => v.Pdf).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task AddAnswerAsync(int versionId, JusteringAnswer answer, string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        await using var db = factory.CreateDbContext();
        db.Add(new JusteringAnswerRow
        {
            VersionId = versionId, MemberId = answer.MemberId, Verdict = answer.Verdict.ToString(), DocumentSha256 = answer.DocumentSha256,
            Comment = answer.Comment, AnsweredByAadObjectId = aadObjectId, AnsweredAt = answer.AnsweredAt,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Every answer given on any version of the meeting's protocol; the status keeps those for the current hash.</summary>
    public async Task<IReadOnlyList<JusteringAnswer>> AnswersAsync(int meetingId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var rows = await (from a in db.Set<JusteringAnswerRow>()
                          join v in db.Set<JusteringVersionRow>() on a.VersionId equals v.Id
                          where v.MeetingId == meetingId
                          select a).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(a => a.Id).Select(a => new JusteringAnswer(a.MemberId, Enum.Parse<JusteringVerdict>(a.Verdict), a.DocumentSha256, a.AnsweredAt, a.Comment))];
    }

    /// <summary>Marks the protocol justerat with its final PDF; false (storing nothing) when it already is.</summary>
    public async Task<bool> TryMarkJusteratAsync(int meetingId, int versionId, DateTimeOffset at, byte[] finalPdf, bool isSealed, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        db.Add(new JusteradProtocolRow { MeetingId = meetingId, VersionId = versionId, JusteradAt = at, Pdf = finalPdf, Sealed = isSealed });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            return false;
        }
    }

    public async Task<JusteradProtocol?> JusteratAsync(int meetingId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Set<JusteradProtocolRow>().Where(j => j.MeetingId == meetingId)
            .Select(j => new JusteradProtocol(j.MeetingId, j.VersionId, j.JusteradAt, j.Sealed)).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<byte[]?> FinalPdfAsync(int meetingId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        return await db.Set<JusteradProtocolRow>().Where(j => j.MeetingId == meetingId).Select(j => j.Pdf).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>"number/year" of every justerat protocol, for the decision register's mark.</summary>
    public async Task<IReadOnlySet<string>> JusteradReferencesAsync(CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var rows = await (from j in db.Set<JusteradProtocolRow>()
                          join p in db.Protocols on j.MeetingId equals p.MeetingId
                          select new { p.Number, p.Year }).ToListAsync(cancellationToken);
        return rows.Select(r => $"{r.Number}/{r.Year}").ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every roster member as a possible signatory.</summary>
    public async Task<IReadOnlyList<Signatory>> RosterAsync(CancellationToken cancellationToken)
    {
        return [.. (await roster.MembersAsync(cancellationToken)).OrderBy(m => m.Id).Select(m => new Signatory(m.Id, m.Name, m.Organisation))];
    }

    /// <summary>The signatories' roster rows, in the order given.</summary>
    public Task<IReadOnlyList<MemberRow>> MembersAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) => roster.RowsAsync(ids, cancellationToken);

    // Filtered and ordered on the rows first: EF cannot translate a filter on a constructed record.
    private static IQueryable<JusteringVersion> Versions(IQueryable<JusteringVersionRow> rows) =>
        rows.Select(v => new JusteringVersion(v.Id, v.MeetingId, v.Version, v.ProtocolRevision, v.DocumentSha256, v.CreatedAt));
}
