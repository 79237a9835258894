using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeetingBot.Storage.Rows;

/// <summary>A name under "Närvarande" or "Anmält förhinder", in the protocol's order.</summary>
internal sealed class ProtocolParticipantRow
{
    public int Id { get; set; }

    public int ProtocolId { get; set; }

    public ParticipantAttendance Attendance { get; set; }

    public int Position { get; set; }

    public required string Name { get; set; }

    public required string Organisation { get; set; }
}

internal enum ParticipantAttendance
{
    Present,
    Absent,
}

internal sealed class ProtocolParticipantRowConfiguration : IEntityTypeConfiguration<ProtocolParticipantRow>
{
    public void Configure(EntityTypeBuilder<ProtocolParticipantRow> participant)
    {
        participant.ToTable("ProtocolParticipants");
        participant.Property(p => p.Attendance).HasConversion(new LowercaseEnumConverter<ParticipantAttendance>()).HasMaxLength(20);
        participant.Property(p => p.Name).HasMaxLength(200);
        participant.Property(p => p.Organisation).HasMaxLength(200);
        participant.HasIndex(p => new { p.ProtocolId, p.Attendance, p.Position }).IsUnique();
    }
}
