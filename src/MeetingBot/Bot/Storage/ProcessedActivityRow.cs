using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

// In the Rows namespace with the other rows: the migrations name every entity by its full type name;
// the file lives with the bot feature it belongs to.
namespace MeetingBot.Storage.Rows;

/// <summary>
/// An activity the bot has taken on, so a re-delivery is recognised on any instance. The primary key
/// is the dedupe: the second insert of (conversation, activity) fails, whoever races.
/// </summary>
internal sealed class ProcessedActivityRow
{
    public required string ConversationId { get; set; }

    public required string ActivityId { get; set; }

    /// <summary>After this the row is forgotten (a claim past it may be taken over).</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>For an invoke: the HTTP status of its response, once answered.</summary>
    public int? InvokeStatus { get; set; }

    /// <summary>For an invoke: the JSON body of its response, replayed verbatim to duplicates.</summary>
    public string? InvokeBody { get; set; }
}

internal sealed class ProcessedActivityRowConfiguration : IEntityTypeConfiguration<ProcessedActivityRow>
{
    public void Configure(EntityTypeBuilder<ProcessedActivityRow> row)
    {
        row.ToTable("BotProcessedActivities");
        row.HasKey(r => new { r.ConversationId, r.ActivityId });
        row.Property(r => r.ConversationId).HasMaxLength(ConversationReferenceRowConfiguration.ConversationIdLength);
        row.Property(r => r.ActivityId).HasMaxLength(200);
        row.HasIndex(r => r.ExpiresAt);
    }
}
