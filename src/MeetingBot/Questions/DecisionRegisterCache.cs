using MeetingBot.Core.Decisions;
using MeetingBot.Core.Protocols;
using MeetingBot.Justering.Storage;
using MeetingBot.Storage;

namespace MeetingBot.Questions;

/// <summary>
/// The register built from the stored protocols, rebuilt only when a protocol was saved since
/// (checked with one cheap query), so a question costs a lookup, not a rebuild.
/// </summary>
internal sealed class DecisionRegisterCache(ProtocolStore protocols, JusteringStore justering)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private Snapshot current = new((-1, -1, -1), [], DecisionRegister.Empty);

    public async Task<(IReadOnlyList<Protocol> Protocols, DecisionRegister Register)> GetAsync(CancellationToken cancellationToken)
    {
        // A protocol becoming justerat changes the register's marks without saving the protocol.
        var (count, revisions) = await protocols.VersionAsync(cancellationToken);
        var justerade = await justering.JusteradReferencesAsync(cancellationToken);
        var version = (count, revisions, justerade.Count);
        var snapshot = current;
        if (snapshot.Version == version)
        {
            return (snapshot.Protocols, snapshot.Register);
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (current.Version != version)
            {
                var list = await protocols.ListAsync(cancellationToken);
                current = new Snapshot(version, list, DecisionRegister.Build(list, justerade));
            }

            return (current.Protocols, current.Register);
        }
        finally
        {
            gate.Release();
        }
    }

    private sealed record Snapshot((int, long, int) Version, IReadOnlyList<Protocol> Protocols, DecisionRegister Register);
}
