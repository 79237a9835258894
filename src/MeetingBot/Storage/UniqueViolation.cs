using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MeetingBot.Storage;

/// <summary>Recognises "a unique index refused the row" on either provider, so stores can let the index decide races.</summary>
internal static class UniqueViolation
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    public static bool Is(DbUpdateException exception) => Is(exception.InnerException as DbException);

    /// <summary>The same, for raw commands, whose errors come unwrapped.</summary>
    public static bool Is(DbException? exception) => exception switch
    {
        SqliteException { SqliteErrorCode: SqliteConstraint } sqlite =>
            sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
