using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

// In the Rows namespace with the other rows: the migrations name every entity by its full type name.
namespace MeetingBot.Storage.Rows;

/// <summary>A signatory named for one meeting's protocol (<c>justerare 23 januari: …</c>), in the order named.</summary>
internal sealed class JusteringSignatoryRow
{
    public int MeetingId { get; set; }

    public int MemberId { get; set; }

    public int Position { get; set; }
}

/// <summary>A default signatory for every protocol of a year's series (<c>justerare alla möten 2026: …</c>).</summary>
internal sealed class SeriesSignatoryRow
{
    public int Year { get; set; }

    public int MemberId { get; set; }

    public int Position { get; set; }
}

internal sealed class JusteringSignatoryRowConfiguration : IEntityTypeConfiguration<JusteringSignatoryRow>, IEntityTypeConfiguration<SeriesSignatoryRow>
{
    public void Configure(EntityTypeBuilder<JusteringSignatoryRow> signatory)
    {
        signatory.ToTable("JusteringSignatories");
        signatory.HasKey(s => new { s.MeetingId, s.MemberId });
        signatory.HasOne<MeetingRow>().WithMany().HasForeignKey(s => s.MeetingId).OnDelete(DeleteBehavior.Cascade);
        signatory.HasOne<MemberRow>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SeriesSignatoryRow> signatory)
    {
        signatory.ToTable("SeriesSignatories");
        signatory.HasKey(s => new { s.Year, s.MemberId });
        signatory.HasOne<MemberRow>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
