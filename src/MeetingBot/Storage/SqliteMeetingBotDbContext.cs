using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Storage;

/// <summary>The SQLite flavour; its migrations are in Migrations/Sqlite.</summary>
internal sealed class SqliteMeetingBotDbContext(DbContextOptions<SqliteMeetingBotDbContext> options) : MeetingBotDbContext(options);
