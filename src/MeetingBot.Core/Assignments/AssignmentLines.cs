using MeetingBot.Core.Cards;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Assignments;

/// <summary>
/// One assignment as a chat line, with its citation: "#12 sekretariatet: ta fram … (till styrelsemötet
/// den 31 oktober: 31 oktober 2025). Protokoll 6/2025 § 2". The owner and task stay as the protocol
/// writes them, in Swedish, in both languages.
/// </summary>
public static class AssignmentLines
{
    public static string Line(TrackedAssignment tracked, CardLanguage language)
    {
        ArgumentNullException.ThrowIfNull(tracked);
        var a = tracked.Assignment;
        var english = language == CardLanguage.English;
        var due = (a.DueText, a.Due) switch
        {
            ({ } words, { } date) => $" ({words}: {Date(date, english)})",
            ({ } words, null) => $" ({words})",
            (null, { } date) => $" ({(english ? "due " : "senast ")}{Date(date, english)})",
            _ => string.Empty,
        };
        var done = tracked.Done ? (english ? " – done" : " – klart") : string.Empty;
        return $"#{tracked.Id} {a.Owner}: {a.Task}{due}{done}. {(english ? "Protocol" : "Protokoll")} {a.Protocol} § {a.Item}";
    }

    private static string Date(DateOnly date, bool english) =>
        english ? date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) : SwedishDate.Format(date);
}
