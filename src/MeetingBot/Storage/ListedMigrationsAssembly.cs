using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Internal;
using PostgresMigrations = MeetingBot.Storage.Migrations.PostgreSql;
using SqliteMigrations = MeetingBot.Storage.Migrations.Sqlite;

#pragma warning disable EF1001 // MigrationsAssembly is EF's internal API; MigrationTests compares this with it on every run.

namespace MeetingBot.Storage;

/// <summary>
/// EF's migrations assembly with the migrations and the model snapshot of each context listed here,
/// rather than found by loading every type of the host assembly. That search, run by every start's
/// migrate, loads all 1,100 types and with them Microsoft.Graph, PDFsharp, MVC and the rest of what
/// the host references, in a process that may never call Graph: without it (and without the same
/// search for the model's configurations, <see cref="MeetingBotDbContext"/>) the server's peak under
/// the load driver is 12-15 MB lower.
/// </summary>
/// <remarks>
/// <c>dotnet ef</c> builds its contexts through the design-time factories, which keep EF's own
/// search, so a new migration is scaffolded as usual; MigrationTests fails until it is listed here.
/// </remarks>
internal sealed class ListedMigrationsAssembly(
    ICurrentDbContext currentContext,
    IDbContextOptions options,
    IMigrationsIdGenerator idGenerator,
    IDiagnosticsLogger<DbLoggerCategory.Migrations> logger)
    : MigrationsAssembly(currentContext, options, idGenerator, logger)
{
    private static readonly MigrationList Sqlite = new(
        [typeof(SqliteMigrations.InitialCreate), typeof(SqliteMigrations.CurrentAnswers)],
        typeof(SqliteMigrations.SqliteMeetingBotDbContextModelSnapshot));

    private static readonly MigrationList Postgres = new(
        [typeof(PostgresMigrations.InitialCreate), typeof(PostgresMigrations.CurrentAnswers)],
        typeof(PostgresMigrations.PostgresMeetingBotDbContextModelSnapshot));

    private readonly MigrationList list = currentContext.Context switch
    {
        SqliteMeetingBotDbContext => Sqlite,
        PostgresMeetingBotDbContext => Postgres,
        var other => throw new InvalidOperationException($"No migrations are listed for {other.GetType().Name}."),
    };

    private ModelSnapshot? snapshot;

    public override IReadOnlyDictionary<string, TypeInfo> Migrations => list.Migrations;

    public override ModelSnapshot? ModelSnapshot => snapshot ??= (ModelSnapshot)Activator.CreateInstance(list.Snapshot)!;

    private sealed class MigrationList(Type[] migrations, Type snapshot)
    {
        /// <summary>By id, in the order EF applies them (ids start with their timestamp).</summary>
        public IReadOnlyDictionary<string, TypeInfo> Migrations { get; } = new SortedList<string, TypeInfo>(
            migrations.ToDictionary(
                type => type.GetCustomAttribute<MigrationAttribute>()!.Id,
                type => type.GetTypeInfo()),
            StringComparer.Ordinal);

        public Type Snapshot { get; } = snapshot;
    }
}
