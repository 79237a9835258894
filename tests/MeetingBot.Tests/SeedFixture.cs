using MeetingBot.Core.Protocols;
using MeetingBot.Core.Protocols.Import;

namespace MeetingBot.Tests;

/// <summary>
/// The customer's reference document, Protokoll nr 5 2025 of Familjen Helsingborg's
/// kommundirektörsgrupp (13 June 2025), copied into the test output (see tests/Fixtures/README.md).
/// </summary>
internal static class SeedFixture
{
    public const string FileName = "protokoll-2025-05-kommundirektorer-2025-06-13.txt";

    public static string FilePath { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", FileName);

    public static Protocol Protocol { get; } = ProtocolTextParser.Parse(File.ReadAllText(FilePath));
}
