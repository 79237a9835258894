using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeetingBot.Storage.Rows;

/// <summary>
/// An event of the local calendar (used when no Graph tenant is configured): what Outlook would
/// hold, kept in the app database. <see cref="PlannedDate"/> is the date it was created for and
/// stays when it moves; <see cref="Sequence"/> counts changes, as iCalendar's SEQUENCE does.
/// </summary>
internal sealed class LocalCalendarEventRow
{
    public int Id { get; set; }

    /// <summary>The calendar's id for the event, stable for its life (a GUID).</summary>
    public required string ExternalId { get; set; }

    public required string SeriesId { get; set; }

    public DateOnly PlannedDate { get; set; }

    public DateOnly Date { get; set; }

    public TimeOnly StartLocal { get; set; }

    public TimeOnly EndLocal { get; set; }

    public DateTimeOffset StartUtc { get; set; }

    public DateTimeOffset EndUtc { get; set; }

    public required string Subject { get; set; }

    public string Location { get; set; } = "";

    public string? AgendaUrl { get; set; }

    /// <summary>Invited members' addresses, lower-cased.</summary>
    public List<string> AttendeeEmails { get; set; } = [];

    public int Sequence { get; set; }

    public bool IsCancelled { get; set; }

    public string? CancelComment { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class LocalCalendarEventRowConfiguration : IEntityTypeConfiguration<LocalCalendarEventRow>
{
    public void Configure(EntityTypeBuilder<LocalCalendarEventRow> ev)
    {
        ev.ToTable("LocalCalendarEvents");
        ev.Property(e => e.ExternalId).HasMaxLength(64);
        ev.Property(e => e.SeriesId).HasMaxLength(100);
        ev.Property(e => e.Subject).HasMaxLength(300);
        ev.Property(e => e.Location).HasMaxLength(500);
        ev.Property(e => e.AgendaUrl).HasMaxLength(2048);
        ev.Property(e => e.CancelComment).HasMaxLength(2000);

        // Creating a series is idempotent by this index: a rerun cannot add a second event for a planned date.
        ev.HasIndex(e => new { e.SeriesId, e.PlannedDate }).IsUnique();
        ev.HasIndex(e => e.ExternalId).IsUnique();
    }
}
