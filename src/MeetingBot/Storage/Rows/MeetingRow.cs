using MeetingBot.Core.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeetingBot.Storage.Rows;

/// <summary>
/// One meeting of a series: the local date and times as decided, their zone, and the instants they
/// map to (kept so queries by time need no zone arithmetic). Also the local calendar's event when no
/// tenant is configured.
/// </summary>
internal sealed class MeetingRow
{
    public int Id { get; set; }

    /// <summary>The series this meeting belongs to, e.g. the calendar's series id; a date is unique within it.</summary>
    public required string SeriesKey { get; set; }

    public required string Title { get; set; }

    public DateOnly Date { get; set; }

    public TimeOnly StartLocal { get; set; }

    public TimeOnly EndLocal { get; set; }

    public required string TimeZoneId { get; set; }

    public DateTimeOffset StartUtc { get; set; }

    public DateTimeOffset EndUtc { get; set; }

    public string? Location { get; set; }

    public MeetingState State { get; set; }

    /// <summary>The Outlook event id (or the local calendar's id) once the meeting is in a calendar.</summary>
    public string? ExternalEventId { get; set; }

    public string? JoinUrl { get; set; }

    public List<AgendaItemRow> AgendaItems { get; set; } = [];
}

internal sealed class MeetingRowConfiguration : IEntityTypeConfiguration<MeetingRow>
{
    public void Configure(EntityTypeBuilder<MeetingRow> meeting)
    {
        meeting.ToTable("Meetings");
        meeting.Property(m => m.SeriesKey).HasMaxLength(100);
        meeting.Property(m => m.Title).HasMaxLength(300);
        meeting.Property(m => m.TimeZoneId).HasMaxLength(64);
        meeting.Property(m => m.Location).HasMaxLength(500);
        meeting.Property(m => m.State).HasConversion(new LowercaseEnumConverter<MeetingState>()).HasMaxLength(20);
        meeting.Property(m => m.ExternalEventId).HasMaxLength(512);
        meeting.Property(m => m.JoinUrl).HasMaxLength(2048);

        // Creating a series is idempotent by this index: a rerun cannot add a second meeting on a date.
        meeting.HasIndex(m => new { m.SeriesKey, m.Date }).IsUnique();
        meeting.HasIndex(m => m.ExternalEventId).IsUnique();
        meeting.HasIndex(m => m.StartUtc);

        meeting.HasMany(m => m.AgendaItems).WithOne().HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}
