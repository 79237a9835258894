using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MeetingBot.Storage.Rows;

/// <summary>
/// One message of a job's fan-out. The key (job, target) is the idempotency key: the row is inserted
/// as <see cref="DeliveryState.Sending"/> before the POST and marked <see cref="DeliveryState.Sent"/>
/// with Teams' activity id after, so a takeover never posts to a target that has a row.
/// </summary>
internal sealed class JobDeliveryRow
{
    public long JobId { get; set; }

    /// <summary>The conversation id, or <c>member:{aadObjectId}</c> for a personal chat still to be created.</summary>
    public required string TargetKey { get; set; }

    public DeliveryState State { get; set; }

    public string? ConversationId { get; set; }

    public string? ActivityId { get; set; }

    public required string SentBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

internal enum DeliveryState
{
    Sending,
    Sent,
}

internal sealed class JobDeliveryRowConfiguration : IEntityTypeConfiguration<JobDeliveryRow>
{
    public void Configure(EntityTypeBuilder<JobDeliveryRow> delivery)
    {
        delivery.ToTable("JobDeliveries");
        delivery.HasKey(d => new { d.JobId, d.TargetKey });
        delivery.Property(d => d.TargetKey).HasMaxLength(ConversationReferenceRowConfiguration.ConversationIdLength);
        delivery.Property(d => d.ConversationId).HasMaxLength(ConversationReferenceRowConfiguration.ConversationIdLength);
        delivery.Property(d => d.ActivityId).HasMaxLength(200);
        delivery.Property(d => d.SentBy).HasMaxLength(100);
        delivery.Property(d => d.State).HasConversion(new LowercaseEnumConverter<DeliveryState>()).HasMaxLength(16);
        delivery.HasOne<ScheduledJobRow>().WithMany().HasForeignKey(d => d.JobId).OnDelete(DeleteBehavior.Cascade);
    }
}
