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

    /// <remarks>
    /// Listed rather than found with ApplyConfigurationsFromAssembly, which loads every type of the
    /// assembly to look for them (see <see cref="ListedMigrationsAssembly"/> for what that costs).
    /// A configuration left out of this list shows up as an unscaffolded model change in MigrationTests.
    /// </remarks>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var justering = new JusteringVersionRowConfiguration();
        var signatories = new JusteringSignatoryRowConfiguration();
        modelBuilder
            .ApplyConfiguration(new MemberRowConfiguration())
            .ApplyConfiguration(new MeetingRowConfiguration())
            .ApplyConfiguration(new AgendaItemRowConfiguration())
            .ApplyConfiguration(new AttendanceReplyRowConfiguration())
            .ApplyConfiguration(new CurrentAnswerRowConfiguration())
            .ApplyConfiguration(new ProtocolRowConfiguration())
            .ApplyConfiguration(new ProtocolParticipantRowConfiguration())
            .ApplyConfiguration(new ProtocolItemRowConfiguration())
            .ApplyConfiguration(new DecisionRowConfiguration())
            .ApplyConfiguration(new AssignmentRowConfiguration())
            .ApplyConfiguration(new LocalCalendarEventRowConfiguration())
            .ApplyConfiguration(new SeriesCancellationRowConfiguration())
            .ApplyConfiguration(new AgendaChannelRowConfiguration())
            .ApplyConfiguration(new ConversationReferenceRowConfiguration())
            .ApplyConfiguration(new PostedCardRowConfiguration())
            .ApplyConfiguration(new ProcessedActivityRowConfiguration())
            .ApplyConfiguration(new GraphSubscriptionRowConfiguration())
            .ApplyConfiguration<JusteringVersionRow>(justering)
            .ApplyConfiguration<JusteringAnswerRow>(justering)
            .ApplyConfiguration<JusteradProtocolRow>(justering)
            .ApplyConfiguration<JusteringSignatoryRow>(signatories)
            .ApplyConfiguration<SeriesSignatoryRow>(signatories)
            .ApplyConfiguration(new JobDeliveryRowConfiguration())
            .ApplyConfiguration(new ScheduledJobRowConfiguration());
    }
}
