using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

// In the Rows namespace with the other rows: the migrations name every entity by its full type name;
// the file lives with the Teams feature it belongs to.
namespace MeetingBot.Storage.Rows;

/// <summary>
/// The team channel the secretariat chose for agendas ("använd den här kanalen"). One row at most:
/// without it the channel the bot saw most recently is used, which is wrong once the bot is in two teams.
/// </summary>
internal sealed class AgendaChannelRow
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>The channel's conversation id, without a thread's <c>;messageid=</c>.</summary>
    public required string ConversationId { get; set; }

    /// <summary>Entra id of the secretary who chose it.</summary>
    public string? ChosenBy { get; set; }

    public DateTimeOffset ChosenAt { get; set; }
}

internal sealed class AgendaChannelRowConfiguration : IEntityTypeConfiguration<AgendaChannelRow>
{
    public void Configure(EntityTypeBuilder<AgendaChannelRow> channel)
    {
        channel.ToTable("AgendaChannel");
        channel.HasKey(c => c.Id);
        channel.Property(c => c.Id).ValueGeneratedNever();
        channel.Property(c => c.ConversationId).HasMaxLength(400);
        channel.Property(c => c.ChosenBy).HasMaxLength(100);
    }
}
