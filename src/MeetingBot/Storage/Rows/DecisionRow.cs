using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeetingBot.Storage.Rows;

/// <summary>
/// One att-clause under "Mötet beslutar". The item's number and title are repeated here so the
/// register of decisions can be searched and cited without joining the items.
/// </summary>
internal sealed class DecisionRow
{
    public int Id { get; set; }

    public int ProtocolId { get; set; }

    public int ItemNumber { get; set; }

    public required string ItemTitle { get; set; }

    public required string Text { get; set; }

    /// <summary>The clause's place among its item's decisions, from 0.</summary>
    public int Position { get; set; }
}

internal sealed class DecisionRowConfiguration : IEntityTypeConfiguration<DecisionRow>
{
    public void Configure(EntityTypeBuilder<DecisionRow> decision)
    {
        decision.ToTable("Decisions");
        decision.Property(d => d.ItemTitle).HasMaxLength(500);
        decision.HasIndex(d => new { d.ProtocolId, d.ItemNumber, d.Position }).IsUnique();
    }
}
