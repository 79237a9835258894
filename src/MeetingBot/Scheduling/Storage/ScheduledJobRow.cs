using MeetingBot.Core.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

// In the Rows namespace with the other rows: the migrations name every entity by its full type name;
// the file lives with the scheduling feature it belongs to.
namespace MeetingBot.Storage.Rows;

/// <summary>
/// A job in the database: survives restarts and is shared by every instance. <see cref="UniqueKey"/>
/// makes planning idempotent; the lease (<see cref="LeaseOwner"/> until <see cref="LeaseExpiresAt"/>)
/// makes running it exclusive, and an expired lease lets another instance take over.
/// </summary>
internal sealed class ScheduledJobRow
{
    public long Id { get; set; }

    public JobKind Kind { get; set; }

    public required string MeetingKey { get; set; }

    public required string UniqueKey { get; set; }

    /// <summary>When the job is planned for (shown to the secretariat).</summary>
    public DateTimeOffset DueAt { get; set; }

    /// <summary>When it may next be claimed: <see cref="DueAt"/>, or later after a failed attempt.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    public JobState State { get; set; }

    public int Attempts { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseExpiresAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>Set when the secretariat moved the job: re-planning then leaves its time alone.</summary>
    public bool MovedManually { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>
    /// Set on a job someone asked for in chat (due at once): who asked and where to answer, as the
    /// feature's JSON. Null on planned jobs. At most one requested job of a kind per meeting is in flight.
    /// </summary>
    public string? Request { get; set; }
}

internal enum JobState
{
    Pending,
    Running,
    Done,
    Failed,
    Dropped,
    Cancelled,
}

internal sealed class ScheduledJobRowConfiguration : IEntityTypeConfiguration<ScheduledJobRow>
{
    public const int RequestMaxLength = 1000;

    public void Configure(EntityTypeBuilder<ScheduledJobRow> job)
    {
        job.ToTable("ScheduledJobs");
        job.Property(j => j.Kind).HasConversion<string>().HasMaxLength(32);
        job.Property(j => j.State).HasConversion(new LowercaseEnumConverter<JobState>()).HasMaxLength(16);
        job.Property(j => j.MeetingKey).HasMaxLength(200);
        job.Property(j => j.UniqueKey).HasMaxLength(250);
        job.Property(j => j.LeaseOwner).HasMaxLength(100);
        job.Property(j => j.LastError).HasMaxLength(2000);
        job.HasIndex(j => j.UniqueKey).IsUnique();
        job.HasIndex(j => new { j.State, j.NextAttemptAt });
        job.HasIndex(j => j.MeetingKey);
        job.Property(j => j.Request).HasMaxLength(RequestMaxLength);

        // A second request while one is pending or running conflicts here instead of posting twice.
        // The filter reads the same on SQLite and PostgreSQL.
        job.HasIndex(j => new { j.Kind, j.MeetingKey }).IsUnique()
            .HasFilter("""
                "Request" IS NOT NULL AND "State" IN ('pending', 'running')
                """)
            .HasDatabaseName("IX_ScheduledJobs_OneRequestInFlight");
    }
}
