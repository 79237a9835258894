using MeetingBot.Core.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeetingBot.Storage.Rows;

/// <summary>
/// One reply of one member to one meeting. Replies are kept, not overwritten: the latest
/// <see cref="RecordedAt"/> counts (<see cref="CurrentAnswerRow"/> points at it), and the secretariat can
/// see where each came from.
/// </summary>
internal sealed class AttendanceReplyRow
{
    public long Id { get; set; }

    public int MeetingId { get; set; }

    public int MemberId { get; set; }

    public AttendanceResponse Response { get; set; }

    /// <summary>Who comes in the member's place ("Ersättare"), when they send apologies.</summary>
    public string? SubstituteName { get; set; }

    /// <summary>Shown to the secretariat only.</summary>
    public string? Comment { get; set; }

    /// <summary>When the member answered, as the source says (Outlook's response time, the Teams activity's).</summary>
    public DateTimeOffset RecordedAt { get; set; }

    public ReplySource Source { get; set; }
}

internal enum AttendanceResponse
{
    None,
    Accepted,
    Tentative,
    Declined,
}

internal sealed class AttendanceReplyRowConfiguration : IEntityTypeConfiguration<AttendanceReplyRow>
{
    public void Configure(EntityTypeBuilder<AttendanceReplyRow> reply)
    {
        reply.ToTable("AttendanceReplies");
        reply.Property(r => r.Response).HasConversion(new LowercaseEnumConverter<AttendanceResponse>()).HasMaxLength(20);
        reply.Property(r => r.Source).HasConversion(new LowercaseEnumConverter<ReplySource>()).HasMaxLength(20);
        reply.Property(r => r.SubstituteName).HasMaxLength(200);
        reply.Property(r => r.Comment).HasMaxLength(2000);

        // Re-reading Outlook (or a re-delivered Teams invoke) yields the same reply with the same time:
        // this index turns the repeat into a no-op instead of a second row.
        reply.HasIndex(r => new { r.MeetingId, r.MemberId, r.Source, r.RecordedAt }).IsUnique();

        reply.HasOne<MeetingRow>().WithMany().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Cascade);
        reply.HasOne<MemberRow>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
