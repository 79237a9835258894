using System.Text.RegularExpressions;

namespace MeetingBot.Core.Text;

/// <summary>
/// A date as people write it in a Swedish chat: "23 januari", "den 23 jan 2026", "23/1", "2026-01-23".
/// The year is often left out; the caller decides which year is meant.
/// </summary>
public readonly record struct SwedishDate(int Day, int Month, int? Year)
{
    /// <summary>The first date found in <paramref name="text"/>, if any.</summary>
    public static SwedishDate? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var iso = Patterns.Iso().Match(text);
        if (iso.Success)
        {
            return Valid(int.Parse(iso.Groups[3].Value), int.Parse(iso.Groups[2].Value), int.Parse(iso.Groups[1].Value));
        }

        var named = Patterns.Named().Match(text);
        if (named.Success && MonthOf(named.Groups[2].Value) is { } month)
        {
            int? year = named.Groups[3].Success ? int.Parse(named.Groups[3].Value) : null;
            return Valid(int.Parse(named.Groups[1].Value), month, year);
        }

        var numeric = Patterns.Numeric().Match(text);
        if (numeric.Success)
        {
            int? year = numeric.Groups[3].Success ? int.Parse(numeric.Groups[3].Value) : null;
            return Valid(int.Parse(numeric.Groups[1].Value), int.Parse(numeric.Groups[2].Value), year is < 100 ? 2000 + year : year);
        }

        return null;
    }

    /// <summary>1–12 for a Swedish month name or its common abbreviation ("jan", "sept").</summary>
    public static int? MonthOf(string word) => SwedishMonths.Number(word.ToLowerInvariant());

    public DateOnly ToDate(int year) => new(Year ?? year, Month, Day);

    /// <summary>"13 juni 2025", as dates are written in protocols and answers.</summary>
    public static string Format(DateOnly date) => $"{date.Day} {SwedishMonths.Name(date.Month)} {date.Year}";

    private static SwedishDate? Valid(int day, int month, int? year) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year ?? 2024, month)
            ? new SwedishDate(day, month, year)
            : null;
}

internal static partial class Patterns
{
    [GeneratedRegex(@"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")]
    public static partial Regex Iso();

    [GeneratedRegex(@"\b(\d{1,2})\s+([a-zåäö]{3,9})\.?(?:\s+(\d{4}))?", RegexOptions.IgnoreCase)]
    public static partial Regex Named();

    [GeneratedRegex(@"\b(\d{1,2})/(\d{1,2})(?:[/-](\d{2}|\d{4}))?\b")]
    public static partial Regex Numeric();
}
