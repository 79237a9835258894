using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

// In the Rows namespace with the other rows: the migrations name every entity by its full type name.
namespace MeetingBot.Storage.Rows;

/// <summary>How to reach a conversation proactively, as last seen on an authenticated activity.</summary>
internal sealed class ConversationReferenceRow
{
    public required string ConversationId { get; set; }

    public required string ServiceUrl { get; set; }

    public required string ChannelId { get; set; }

    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }

    public string? BotId { get; set; }

    public string? BotName { get; set; }

    public string? UserId { get; set; }

    /// <summary>Entra object id of the last sender: finds a member's personal chat for proactive messages.</summary>
    public string? UserAadObjectId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class ConversationReferenceRowConfiguration : IEntityTypeConfiguration<ConversationReferenceRow>
{
    /// <summary>Personal ids run to ~140 characters and channel thread ids carry a <c>;messageid=</c> suffix; room to spare.</summary>
    public const int ConversationIdLength = 512;

    public void Configure(EntityTypeBuilder<ConversationReferenceRow> row)
    {
        row.ToTable("BotConversationReferences");
        row.HasKey(r => r.ConversationId);
        row.Property(r => r.ConversationId).HasMaxLength(ConversationIdLength);
        row.Property(r => r.ServiceUrl).HasMaxLength(2048);
        row.Property(r => r.ChannelId).HasMaxLength(64);
        row.Property(r => r.ConversationType).HasMaxLength(32);
        row.Property(r => r.TenantId).HasMaxLength(64);
        row.Property(r => r.BotId).HasMaxLength(256);
        row.Property(r => r.BotName).HasMaxLength(200);
        row.Property(r => r.UserId).HasMaxLength(256);
        row.Property(r => r.UserAadObjectId).HasMaxLength(64);
        row.HasIndex(r => r.UserAadObjectId);
    }
}
