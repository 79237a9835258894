using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeetingBot.Storage.Rows;

/// <summary>
/// One PDF of a protocol sent for justering. The bytes are kept because an approval is bound to the
/// exact document shown (its SHA-256), and a re-render is not byte-identical (creation date, ids).
/// A change of the protocol (its <see cref="ProtocolRevision"/>) makes the next version.
/// </summary>
internal sealed class JusteringVersionRow
{
    public int Id { get; set; }

    public int MeetingId { get; set; }

    public int Version { get; set; }

    public int ProtocolRevision { get; set; }

    public required string DocumentSha256 { get; set; }

    public required byte[] Pdf { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// One signatory's answer to one version. The member comes from the authenticated activity
/// (<see cref="AnsweredByAadObjectId"/> is kept as the evidence), the hash from the version shown.
/// </summary>
internal sealed class JusteringAnswerRow
{
    public long Id { get; set; }

    public int VersionId { get; set; }

    public int MemberId { get; set; }

    public required string Verdict { get; set; }

    public required string DocumentSha256 { get; set; }

    public string? Comment { get; set; }

    public required string AnsweredByAadObjectId { get; set; }

    public DateTimeOffset AnsweredAt { get; set; }
}

/// <summary>A justerat protocol: when, which version all approved, and the final PDF with its signature page (sealed or not).</summary>
internal sealed class JusteradProtocolRow
{
    public int MeetingId { get; set; }

    public int VersionId { get; set; }

    public DateTimeOffset JusteradAt { get; set; }

    public required byte[] Pdf { get; set; }

    public bool Sealed { get; set; }
}

internal sealed class JusteringVersionRowConfiguration
    : IEntityTypeConfiguration<JusteringVersionRow>, IEntityTypeConfiguration<JusteringAnswerRow>, IEntityTypeConfiguration<JusteradProtocolRow>
{
    public void Configure(EntityTypeBuilder<JusteringVersionRow> version)
    {
        version.ToTable("JusteringVersions");
        version.Property(v => v.DocumentSha256).HasMaxLength(64);
        // Two concurrent sends cannot both make version n: the index decides, the loser reads the winner's.
        version.HasIndex(v => new { v.MeetingId, v.Version }).IsUnique();
        version.HasOne<MeetingRow>().WithMany().HasForeignKey(v => v.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<JusteringAnswerRow> answer)
    {
        answer.ToTable("JusteringAnswers");
        answer.Property(a => a.Verdict).HasMaxLength(20);
        answer.Property(a => a.DocumentSha256).HasMaxLength(64);
        answer.Property(a => a.Comment).HasMaxLength(2000);
        answer.Property(a => a.AnsweredByAadObjectId).HasMaxLength(64);
        answer.HasIndex(a => new { a.VersionId, a.MemberId });
        answer.HasOne<JusteringVersionRow>().WithMany().HasForeignKey(a => a.VersionId).OnDelete(DeleteBehavior.Cascade);
        answer.HasOne<MemberRow>().WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<JusteradProtocolRow> justerat)
    {
        justerat.ToTable("JusteradProtocols");
        // The key makes "justerat" happen once: the last two approvals arriving together insert one row.
        justerat.HasKey(j => j.MeetingId);
        justerat.HasOne<MeetingRow>().WithMany().HasForeignKey(j => j.MeetingId).OnDelete(DeleteBehavior.Cascade);
        justerat.HasOne<JusteringVersionRow>().WithMany().HasForeignKey(j => j.VersionId).OnDelete(DeleteBehavior.Restrict);
    }
}
