using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeetingBot.Storage.Rows;

/// <summary>
/// An assignment recognised in a decision. It is identified by the protocol's year and number, the
/// item and the clause's position, so a re-import of the same protocol updates it in place and keeps
/// whether it is done.
/// </summary>
internal sealed class AssignmentRow
{
    public int Id { get; set; }

    public int ProtocolId { get; set; }

    public int ProtocolYear { get; set; }

    public int ProtocolNumber { get; set; }

    public int ItemNumber { get; set; }

    /// <summary>The clause's place among its item's decisions, from 0 (as in Decisions).</summary>
    public int Position { get; set; }

    public required string Owner { get; set; }

    public required string Task { get; set; }

    public DateOnly? Due { get; set; }

    public string? DueText { get; set; }

    public bool Done { get; set; }

    public string? DoneBy { get; set; }

    public DateTimeOffset? DoneAt { get; set; }
}

internal sealed class AssignmentRowConfiguration : IEntityTypeConfiguration<AssignmentRow>
{
    public void Configure(EntityTypeBuilder<AssignmentRow> assignment)
    {
        assignment.ToTable("Assignments");
        assignment.Property(a => a.Owner).HasMaxLength(300);
        assignment.Property(a => a.DueText).HasMaxLength(300);
        assignment.Property(a => a.DoneBy).HasMaxLength(200);
        assignment.HasIndex(a => new { a.ProtocolYear, a.ProtocolNumber, a.ItemNumber, a.Position }).IsUnique();
        assignment.HasIndex(a => a.Due);
        assignment.HasOne<ProtocolRow>().WithMany().HasForeignKey(a => a.ProtocolId).OnDelete(DeleteBehavior.Cascade);
    }
}
