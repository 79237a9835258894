using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

// In the Rows namespace with the other rows: the migrations name every entity by its full type name.
namespace MeetingBot.Storage.Rows;

/// <summary>
/// A card the bot posted about a meeting, so the card can be replaced (PUT) when answers change.
/// One per meeting, kind and conversation: posting the agenda again updates the card already there.
/// </summary>
internal sealed class PostedCardRow
{
    public long Id { get; set; }

    public int MeetingId { get; set; }

    /// <summary>Which card: <see cref="PostedCardKinds"/>.</summary>
    public required string Kind { get; set; }

    public required string ConversationId { get; set; }

    public required string ServiceUrl { get; set; }

    public string? TenantId { get; set; }

    /// <summary>The id Teams gave the posted message; the target of later updates.</summary>
    public required string ActivityId { get; set; }

    /// <summary>The member whose personal chat this is; null for the team channel.</summary>
    public int? MemberId { get; set; }

    public DateTimeOffset PostedAt { get; set; }
}

internal static class PostedCardKinds
{
    public const string Agenda = "agenda";
}

internal sealed class PostedCardRowConfiguration : IEntityTypeConfiguration<PostedCardRow>
{
    public void Configure(EntityTypeBuilder<PostedCardRow> card)
    {
        card.ToTable("PostedCards");
        card.Property(c => c.Kind).HasMaxLength(32);
        card.Property(c => c.ConversationId).HasMaxLength(ConversationReferenceRowConfiguration.ConversationIdLength);
        card.Property(c => c.ServiceUrl).HasMaxLength(2048);
        card.Property(c => c.TenantId).HasMaxLength(64);
        card.Property(c => c.ActivityId).HasMaxLength(256);
        card.HasIndex(c => new { c.MeetingId, c.Kind, c.ConversationId }).IsUnique();
        card.HasOne<MeetingRow>().WithMany().HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Cascade);
        card.HasOne<MemberRow>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.SetNull);
    }
}
