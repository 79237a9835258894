using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeetingBot.Storage.Rows;

/// <summary>
/// A meeting the secretariat cancelled, by the date it was planned for. Outlook removes a cancelled
/// event from the organiser's calendar, so without this record a rerun of <c>series create</c> would
/// invite everyone to it again.
/// </summary>
internal sealed class SeriesCancellationRow
{
    public int Id { get; set; }

    public required string SeriesId { get; set; }

    public DateOnly PlannedDate { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset CancelledAt { get; set; }
}

internal sealed class SeriesCancellationRowConfiguration : IEntityTypeConfiguration<SeriesCancellationRow>
{
    public void Configure(EntityTypeBuilder<SeriesCancellationRow> cancellation)
    {
        cancellation.ToTable("SeriesCancellations");
        cancellation.Property(c => c.SeriesId).HasMaxLength(100);
        cancellation.Property(c => c.Comment).HasMaxLength(2000);
        cancellation.HasIndex(c => new { c.SeriesId, c.PlannedDate }).IsUnique();
    }
}
