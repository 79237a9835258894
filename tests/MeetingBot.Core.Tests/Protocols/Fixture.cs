namespace MeetingBot.Core.Tests.Protocols;

internal static class Fixture
{
    public const string SeedName = "protokoll-2025-05-kommundirektorer-2025-06-13.txt";

    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public static string SeedText() => File.ReadAllText(Path(SeedName));
}
