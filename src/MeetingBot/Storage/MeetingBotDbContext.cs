using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Storage;

/// <summary>
/// The app's database. The model is shared; each provider has a subclass only so it can carry its
/// own migrations (EF scaffolds migrations for one provider per context type).
/// </summary>
internal abstract class MeetingBotDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<MemberRow> Members => Set<MemberRow>();

    public DbSet<MeetingRow> Meetings => Set<MeetingRow>();

    public DbSet<AgendaItemRow> AgendaItems => Set<AgendaItemRow>();

    public DbSet<AttendanceReplyRow> AttendanceReplies => Set<AttendanceReplyRow>();

    public DbSet<CurrentAnswerRow> CurrentAnswers => Set<CurrentAnswerRow>();

    public DbSet<ProtocolRow> Protocols => Set<ProtocolRow>();

    public DbSet<ProtocolParticipantRow> ProtocolParticipants => Set<ProtocolParticipantRow>();

    public DbSet<ProtocolItemRow> ProtocolItems => Set<ProtocolItemRow>();

    public DbSet<DecisionRow> Decisions => Set<DecisionRow>();

    public DbSet<AssignmentRow> Assignments => Set<AssignmentRow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>()
            .HaveConversion<StoredInstantConverter>()
            .HaveMaxLength(StoredInstantConverter.Length);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MeetingBotDbContext).Assembly,
            type => type.Namespace == typeof(MemberRow).Namespace);
}
