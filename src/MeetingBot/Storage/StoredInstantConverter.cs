using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MeetingBot.Storage;

/// <summary>
/// Every <see cref="DateTimeOffset"/> is stored as fixed-width ISO 8601 text in UTC with all seven
/// fractional digits ("2026-01-20T09:15:30.1234567Z"), on both providers. Why: EF's SQLite provider
/// cannot compare or order DateTimeOffset columns, and PostgreSQL's timestamptz keeps only
/// microseconds, while Teams timestamps carry 100 ns ticks. Fixed width makes text order equal time
/// order, so comparisons and ORDER BY work in SQL on both. Values come back with offset zero.
/// </summary>
internal sealed class StoredInstantConverter() : ValueConverter<DateTimeOffset, string>(
    value => Text(value),
    text => Instant(text))
{
    public const string Format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff'Z'";

    /// <summary>"yyyy-MM-ddTHH:mm:ss.fffffffZ" is always this long.</summary>
    public const int Length = 28;

    /// <summary>The stored text, for raw SQL that writes what EF writes.</summary>
    public static string Text(DateTimeOffset instant) => instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>The instant a stored text holds, for raw SQL that reads what EF wrote.</summary>
    public static DateTimeOffset Instant(string text) =>
        DateTimeOffset.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
