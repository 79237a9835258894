using MeetingBot.Core.Protocols;
using MeetingBot.Core.Protocols.Import;

namespace MeetingBot.Playground.Sample;

/// <summary>
/// Protokoll nr 5 2025 of the kommundirektörsgrupp (13 June 2025), embedded in the assembly. Origin:
/// the customer's reference document, see tests/Fixtures/README.md; copied byte for byte into Playground/Seed.
/// </summary>
internal static class SampleProtocol
{
    private const string ResourceName = "MeetingBot.Playground.SampleProtocol.txt";

    /// <summary>The year whose meeting dates the protocol decides (§ on "mötestider 2026").</summary>
    public const int SeriesYear = 2026;

    public static Protocol Load()
    {
        using var stream = typeof(SampleProtocol).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The sample protocol resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return ProtocolTextParser.Parse(reader.ReadToEnd());
    }
}
