using System.Data.Common;

namespace MeetingBot.Storage;

/// <summary>
/// Commands outside EF for the few statements that run for every activity or press: created once with
/// named parameters, bound again by position for each use. The SQL must be the same on both providers.
/// </summary>
internal static class PlainCommands
{
    public static DbCommand Create(DbConnection connection, DbTransaction? transaction, string sql, params string[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            // Named as the SQL spells it: Microsoft.Data.Sqlite otherwise tries each prefix (@, $, :) on every bind.
            parameter.ParameterName = "@" + name;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>Binds <paramref name="values"/> to the parameters in the order they were named.</summary>
    public static DbCommand Bind(this DbCommand command, params object[] values)
    {
        ArgumentNullException.ThrowIfNull(command);
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        return command;
    }
}
