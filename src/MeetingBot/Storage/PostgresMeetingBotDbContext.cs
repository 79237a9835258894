using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Storage;

/// <summary>The PostgreSQL flavour; its migrations are in Migrations/PostgreSql.</summary>
internal sealed class PostgresMeetingBotDbContext(DbContextOptions<PostgresMeetingBotDbContext> options) : MeetingBotDbContext(options);
