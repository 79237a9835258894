using MeetingBot.Core.Protocols;
using MeetingBot.Storage;

namespace MeetingBot.Cli.Protocols;

/// <summary>
/// <c>protocol import FILE --save</c>: stores the protocol (replacing one with the same number and
/// year) and says which happened. With <c>--json</c> the note goes to stderr so stdout stays JSON.
/// </summary>
internal static class ProtocolSaving
{
    public static async Task SaveAsync(Protocol protocol, TextWriter note, CancellationToken cancellationToken)
    {
        await using var host = await CliHost.OpenAsync(cancellationToken);
        var outcome = await host.Get<ProtocolStore>().SaveAsync(protocol, cancellationToken);
        var what = outcome == ProtocolSaveOutcome.Created ? "created" : "replaced the stored one";
        await note.WriteLineAsync($"Saved protocol {protocol.Reference}: {what}.");
    }
}
