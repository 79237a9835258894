namespace MeetingBot.Calendar.Graph;

/// <summary>
/// The single-value extended property that marks an event as part of a series. The GUID is this
/// app's own property set: fixed forever, because existing events are found by it.
/// </summary>
internal static class SeriesTag
{
    public const string PropertyId = "String {68ec52bc-8f7f-41a5-a34a-113451c20f21} Name SeriesId";

    /// <summary>The $filter for a series' events. Graph matches the name case-sensitively, the value not.</summary>
    public static string Filter(string seriesId) =>
        $"singleValueExtendedProperties/Any(ep: ep/id eq '{PropertyId}' and ep/value eq '{seriesId.Replace("'", "''", StringComparison.Ordinal)}')";

    /// <summary>
    /// Deterministic per series and planned date, so Graph drops a replayed create; the planned date
    /// is read back from it. Generation 1 until an event is deliberately re-created.
    /// </summary>
    public static string TransactionId(string seriesId, DateOnly plannedDate, int generation = 1) =>
        $"{seriesId}-{plannedDate:yyyyMMdd}-{generation}";

    public static DateOnly? PlannedDate(string? transactionId)
    {
        var parts = transactionId?.Split('-');
        return parts is { Length: >= 3 }
            && DateOnly.TryParseExact(parts[^2], "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : null;
    }
}
