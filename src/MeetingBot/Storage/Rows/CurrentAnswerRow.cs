using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeetingBot.Storage.Rows;

/// <summary>
/// Which of a member's kept replies to a meeting counts now: a pointer into <see cref="AttendanceReplyRow"/>,
/// moved in the same transaction as the reply that takes over. Reading a meeting's attendance is then one
/// row per member, however many times members changed their minds; the replies stay the history.
/// </summary>
internal sealed class CurrentAnswerRow
{
    public int MeetingId { get; set; }

    public int MemberId { get; set; }

    /// <summary>Also the concurrency token: two instances moving the same pointer at once cannot both win.</summary>
    public long ReplyId { get; set; }

    public AttendanceReplyRow Reply { get; set; } = null!;
}

internal sealed class CurrentAnswerRowConfiguration : IEntityTypeConfiguration<CurrentAnswerRow>
{
    public void Configure(EntityTypeBuilder<CurrentAnswerRow> current)
    {
        current.ToTable("CurrentAnswers");
        current.HasKey(c => new { c.MeetingId, c.MemberId });
        current.Property(c => c.ReplyId).IsConcurrencyToken();
        current.HasOne(c => c.Reply).WithMany().HasForeignKey(c => c.ReplyId).OnDelete(DeleteBehavior.Cascade);
        current.HasOne<MeetingRow>().WithMany().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Cascade);
        current.HasOne<MemberRow>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
