namespace MeetingBot.Tests.Meetings;

/// <summary>The items of the seed protocol (tests/Fixtures), "1." up to "Mötet avslutas", as a secretary would paste them.</summary>
internal static class SeedAgenda
{
    public static string Text { get; } = Items(File.ReadAllText(SeedFixture.FilePath));

    private static string Items(string protocol)
    {
        var start = protocol.IndexOf("1. Mötets öppnande", StringComparison.Ordinal);
        var end = protocol.IndexOf("Mötet avslutas", StringComparison.Ordinal);
        return protocol[start..end];
    }
}
