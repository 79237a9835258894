using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeetingBot.Storage.Rows;

/// <summary>A numbered item (§) of a protocol. Its decisions are in <see cref="DecisionRow"/>, the register.</summary>
internal sealed class ProtocolItemRow
{
    public int Id { get; set; }

    public int ProtocolId { get; set; }

    public int Number { get; set; }

    public required string Title { get; set; }

    public string? Summary { get; set; }

    public List<string> Presenters { get; set; } = [];

    public List<string> Attachments { get; set; } = [];
}

internal sealed class ProtocolItemRowConfiguration : IEntityTypeConfiguration<ProtocolItemRow>
{
    public void Configure(EntityTypeBuilder<ProtocolItemRow> item)
    {
        item.ToTable("ProtocolItems");
        item.Property(i => i.Title).HasMaxLength(500);
        item.HasIndex(i => new { i.ProtocolId, i.Number }).IsUnique();
    }
}
