using MeetingBot.Core.Protocols;
using MeetingBot.Core.Protocols.Import;

namespace MeetingBot.Cli.Protocols;

/// <summary>Reads a protocol given on the command line (PDF or UTF-8 text), for every command that takes one.</summary>
internal static class ProtocolFile
{
    public static async Task<Protocol> ReadAsync(FileInfo file, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            throw new CliException($"no such file: {file.FullName}");
        }

        var content = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
        try
        {
            return ProtocolImporter.Import(content);
        }
        catch (MeetingBot.Core.DomainException ex)
        {
            throw new CliException($"{file.Name}: {ex.Message}");
        }
    }
}
