using MeetingBot.Core.Roster;

namespace MeetingBot.Core.Calendar;

/// <summary>
/// What every meeting of a series shares. <see cref="SeriesId"/> tags the events so the series can
/// be read back; <see cref="AgendaBaseUrl"/> plus the date (yyyy-MM-dd) is each meeting's agenda link.
/// </summary>
public sealed record SeriesDefinition(string SeriesId, string Subject, string Location, IReadOnlyList<Member> Attendees, Uri? AgendaBaseUrl)
{
    public const string DefaultSubject = "Kommundirektörsmöte i Familjen Helsingborg";

    /// <summary>The series id of a year's meetings; stable, because reruns find the series by it.</summary>
    public static string IdForYear(int year) => $"kommundirektorsmote-{year}";

    /// <summary>Members without an email cannot be invited; the caller reports them.</summary>
    public IReadOnlyList<Member> Invitable => [.. Attendees.Where(m => !string.IsNullOrWhiteSpace(m.Email))];

    /// <summary>Absent when no agenda address is configured (possible only for the local calendar).</summary>
    public Uri? AgendaUrl(DateOnly date) => AgendaBaseUrl is null
        ? null
        : new(AgendaBaseUrl, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
