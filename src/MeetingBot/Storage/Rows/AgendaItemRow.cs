using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeetingBot.Storage.Rows;

/// <summary>One item of a meeting's agenda, in the order the secretariat set (<see cref="Position"/>).</summary>
internal sealed class AgendaItemRow
{
    public int Id { get; set; }

    public int MeetingId { get; set; }

    public int Position { get; set; }

    public int Number { get; set; }

    public required string Title { get; set; }

    public string? Summary { get; set; }

    public List<string> Presenters { get; set; } = [];

    public List<string> Attachments { get; set; } = [];

    /// <summary>The att-clauses the secretariat has entered for the protocol, in order; empty until then.</summary>
    public List<string> Decisions { get; set; } = [];
}

internal sealed class AgendaItemRowConfiguration : IEntityTypeConfiguration<AgendaItemRow>
{
    public void Configure(EntityTypeBuilder<AgendaItemRow> item)
    {
        item.ToTable("AgendaItems");
        item.Property(i => i.Title).HasMaxLength(500);
        item.HasIndex(i => new { i.MeetingId, i.Position }).IsUnique();
    }
}
