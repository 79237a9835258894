using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MeetingBot.Storage;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build each context without starting the host. Scaffolding
/// needs the provider, not a live database, so the connection strings are placeholders.
/// </summary>
internal sealed class SqliteDesignTimeContextFactory : IDesignTimeDbContextFactory<SqliteMeetingBotDbContext>
{
    public SqliteMeetingBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMeetingBotDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class PostgresDesignTimeContextFactory : IDesignTimeDbContextFactory<PostgresMeetingBotDbContext>
{
    public PostgresMeetingBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresMeetingBotDbContext>().UseNpgsql("Host=localhost;Database=meetingbot").Options);
}
