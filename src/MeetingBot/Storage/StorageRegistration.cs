using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MeetingBot.Storage;

internal static class StorageRegistration
{
    /// <summary>
    /// The database (SQLite by default, PostgreSQL by <c>Storage:Provider</c>), its migrations at
    /// start-up and the stores. Settings are validated when the host starts.
    /// </summary>
    public static IHostApplicationBuilder AddMeetingStorage(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StorageOptions>()
            .Bind(builder.Configuration.GetSection(StorageOptions.SectionName))
            .Configure<IConfiguration>((options, configuration) =>
                options.ConnectionString ??= configuration.GetConnectionString(StorageOptions.ConnectionStringName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();

        services.AddSingleton<MeetingBotDbContextFactory>();
        services.AddSingleton<IDbContextFactory<MeetingBotDbContext>>(sp => sp.GetRequiredService<MeetingBotDbContextFactory>());
        services.AddSingleton<StorageMigrator>();
        services.AddSingleton<SqliteWriteGate>();
        services.AddHostedService(sp => sp.GetRequiredService<StorageMigrator>());

        services.AddSingleton<ProtocolStore>();
        services.AddSingleton<Assignments.AssignmentStore>();
        services.AddSingleton<Assignments.AgendaOffers>();
        services.AddSingleton<RosterStore>();
        return builder;
    }
}
