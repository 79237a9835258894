using System.Globalization;

namespace MeetingBot.Cli.Series;

/// <summary>Dates on the command line are ISO (2026-04-17), as everywhere in the app.</summary>
internal static class SeriesDate
{
    public static DateOnly Parse(string? text, string what) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CliException($"{what} '{text}' is not a date like 2026-04-17");
}
