using System.Globalization;
using System.Text;
using MeetingBot.Core.Protocols;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Questions;

/// <summary>The Swedish wording of answers. Facts come from the answer items; only the frame is written here.</summary>
internal static class AnswerText
{
    private static readonly string[] Weekdays = ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"];

    public static string Citation(string protocol, int item, DateOnly date)
    {
        var parts = protocol.Split('/');
        return $"Protokoll nr {parts[0]} {parts[1]}, § {item}, {SwedishDate.Format(date)}";
    }

    public static string Decisions(IReadOnlyList<DecisionAnswer> answers)
    {
        var text = new StringBuilder();
        var groups = answers.GroupBy(a => (a.Protocol, a.Item)).ToList();
        text.Append(groups.Count == 1 ? "Så här beslutade mötet:" : $"Jag hittade {groups.Count} beslut, det senaste först:");
        foreach (var group in groups)
        {
            var first = group.First();
            text.Append("\n\n").Append(Citation(first.Protocol, first.Item, first.Date)).Append(" – ").Append(first.Title).Append('\n');
            text.Append("Mötet beslutade");
            foreach (var decision in group)
            {
                text.Append('\n').Append(decision.Decision);
            }
        }

        return text.ToString();
    }

    public static string Attendance(Protocol protocol, bool absentFirst)
    {
        var heading = $"Protokoll nr {protocol.Number} {protocol.Year}, {SwedishDate.Format(protocol.Date)}:";
        var absent = protocol.Absent.Count == 0
            ? "Ingen anmälde förhinder."
            : $"Anmält förhinder: {Names(protocol.Absent)}.";
        var present = $"Närvarande ({protocol.Present.Count}): {Names(protocol.Present)}.";
        return absentFirst ? $"{heading}\n{absent}\n{present}" : $"{heading}\n{present}\n{absent}";
    }

    public static string NextMeeting(MeetingAnswer meeting) =>
        string.Create(CultureInfo.InvariantCulture,
            $"Nästa möte är {Weekdays[(int)meeting.Date.DayOfWeek]} {SwedishDate.Format(meeting.Date)} kl. {meeting.Start:HH\\:mm}–{meeting.End:HH\\:mm}.");

    public static string NoNextMeeting() =>
        "Jag känner inte till något kommande möte. Sekretariatet kan skapa mötesserien med \"skapa mötesserie\".";

    public static string NotFound(int protocolCount) =>
        $"Jag hittar inget beslut om det i de {protocolCount} protokoll jag har, och jag gissar inte. " +
        "Du kan fråga till exempel: \"Vad beslutades om traineeprojektet?\", \"Vem anmälde förhinder 13 juni?\" " +
        "eller \"När är nästa möte?\".";

    private static string Names(IEnumerable<Participant> people) =>
        string.Join("; ", people.Select(p => $"{p.Name}, {p.Organisation}"));
}
