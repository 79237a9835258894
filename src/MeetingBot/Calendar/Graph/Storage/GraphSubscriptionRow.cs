using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

// In the Rows namespace with the other rows: the migrations name every entity by its full type name;
// the file lives with the Graph feature it belongs to.
namespace MeetingBot.Storage.Rows;

/// <summary>
/// The change-notification subscription Graph holds for a resource. Stored, not kept in memory, so a
/// restart renews the same subscription instead of creating another, and every instance sees one.
/// </summary>
internal sealed class GraphSubscriptionRow
{
    /// <summary>The watched resource (<c>/users/{mailbox}/events</c>): one subscription per resource.</summary>
    public required string Resource { get; set; }

    public required string SubscriptionId { get; set; }

    /// <summary>Where the subscription delivers; when the configured address changes, a new subscription replaces it.</summary>
    public required string NotificationUrl { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class GraphSubscriptionRowConfiguration : IEntityTypeConfiguration<GraphSubscriptionRow>
{
    public void Configure(EntityTypeBuilder<GraphSubscriptionRow> subscription)
    {
        subscription.ToTable("GraphSubscriptions");
        subscription.HasKey(s => s.Resource);
        subscription.Property(s => s.Resource).HasMaxLength(400);
        subscription.Property(s => s.SubscriptionId).HasMaxLength(100);
        subscription.Property(s => s.NotificationUrl).HasMaxLength(2000);
    }
}
