namespace MeetingBot.Core.Tests.Meetings;

/// <summary>The items of the customer's reference protocol (tests/Fixtures), from "1." up to "Mötet avslutas": the test agenda.</summary>
internal static class SeedAgenda
{
    public static string Text { get; } = Items(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "protokoll-2025-05-kommundirektorer-2025-06-13.txt")));

    private static string Items(string protocol)
    {
        var start = protocol.IndexOf("1. Mötets öppnande", StringComparison.Ordinal);
        var end = protocol.IndexOf("Mötet avslutas", StringComparison.Ordinal);
        return protocol[start..end];
    }
}
