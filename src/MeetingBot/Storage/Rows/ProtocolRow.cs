using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeetingBot.Storage.Rows;

/// <summary>
/// A protocol, imported or drafted. A draft has no <see cref="Number"/> until it is finalised
/// ("fastställt"); number and year then identify it, and the unique index on them is what makes a
/// repeated import replace the protocol instead of adding a second one.
/// </summary>
internal sealed class ProtocolRow
{
    public int Id { get; set; }

    public int? Number { get; set; }

    public int Year { get; set; }

    public required string Title { get; set; }

    public DateOnly Date { get; set; }

    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }

    public required string Location { get; set; }

    public string? Room { get; set; }

    public ProtocolState State { get; set; }

    /// <summary>The meeting a draft was generated from; absent for imported protocols.</summary>
    public int? MeetingId { get; set; }

    public DateTimeOffset SavedAt { get; set; }

    /// <summary>Bumped on every replace; the update takes the row lock that serialises concurrent replaces.</summary>
    public int Revision { get; set; }

    public List<ProtocolParticipantRow> Participants { get; set; } = [];

    public List<ProtocolItemRow> Items { get; set; } = [];

    public List<DecisionRow> Decisions { get; set; } = [];
}

internal enum ProtocolState
{
    Draft,
    Final,
}

internal sealed class ProtocolRowConfiguration : IEntityTypeConfiguration<ProtocolRow>
{
    public void Configure(EntityTypeBuilder<ProtocolRow> protocol)
    {
        protocol.ToTable("Protocols");
        protocol.Property(p => p.Title).HasMaxLength(300);
        protocol.Property(p => p.Location).HasMaxLength(500);
        protocol.Property(p => p.Room).HasMaxLength(200);
        protocol.Property(p => p.State).HasConversion(new LowercaseEnumConverter<ProtocolState>()).HasMaxLength(20);

        protocol.HasIndex(p => new { p.Number, p.Year }).IsUnique();
        // One protocol per meeting: finalising twice (or concurrently) cannot store a second one.
        protocol.HasIndex(p => p.MeetingId).IsUnique();
        protocol.HasOne<MeetingRow>().WithMany().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.SetNull);

        protocol.HasMany(p => p.Participants).WithOne().HasForeignKey(p => p.ProtocolId).OnDelete(DeleteBehavior.Cascade);
        protocol.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.ProtocolId).OnDelete(DeleteBehavior.Cascade);
        protocol.HasMany(p => p.Decisions).WithOne().HasForeignKey(d => d.ProtocolId).OnDelete(DeleteBehavior.Cascade);
    }
}
