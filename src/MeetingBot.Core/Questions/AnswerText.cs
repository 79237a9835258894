using System.Globalization;
using System.Text;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Protocols;

namespace MeetingBot.Core.Questions;

/// <summary>
/// The wording of answers, in the group's Swedish or in English for a member who chose it. Facts
/// come from the answer items and are quoted as the protocol has them (a Swedish decision stays
/// Swedish); only the frame around them is written here.
/// </summary>
public sealed class AnswerText
{
    private readonly CardTexts dates;

    private AnswerText(CardLanguage language) => dates = CardTexts.For(language);

    public static AnswerText Swedish { get; } = new(CardLanguage.Swedish);

    public static AnswerText English { get; } = new(CardLanguage.English);

    public static AnswerText For(CardLanguage language) => language == CardLanguage.English ? English : Swedish;

    private bool IsEnglish => dates.Language == CardLanguage.English;

    /// <summary>The answer card's heading.</summary>
    public string Heading => IsEnglish ? "Answer from the decision register" : "Svar från beslutsregistret";

    /// <summary>The label above the quoted decisions.</summary>
    public string Decided => IsEnglish ? "The meeting decided" : "Mötet beslutade";

    public string ProtocolLabel => IsEnglish ? "Protocol" : "Protokoll";

    public string Present => IsEnglish ? "Present" : "Närvarande";

    public string Absent => IsEnglish ? "Sent apologies" : "Anmält förhinder";

    public string NoOne => IsEnglish ? "No one" : "Ingen";

    /// <summary>The button that opens a whole protocol inside the card: "Öppna protokoll nr 5 2025".</summary>
    public string OpenProtocol(string protocol) =>
        (IsEnglish ? "Open protocol no. " : "Öppna protokoll nr ") + protocol.Replace("/", " ", StringComparison.Ordinal);

    public string Citation(string protocol, int item, DateOnly date)
    {
        var parts = protocol.Split('/');
        return IsEnglish
            ? $"Protocol no. {parts[0]} {parts[1]}, § {item}, {dates.Date(date)}"
            : $"Protokoll nr {parts[0]} {parts[1]}, § {item}, {dates.Date(date)}";
    }

    public string Decisions(IReadOnlyList<DecisionAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var text = new StringBuilder();
        var groups = answers.GroupBy(a => (a.Protocol, a.Item)).ToList();
        text.Append(groups.Count == 1
            ? IsEnglish ? "This is what the meeting decided:" : "Så här beslutade mötet:"
            : IsEnglish ? $"I found {groups.Count} decisions, the latest first:" : $"Jag hittade {groups.Count} beslut, det senaste först:");
        foreach (var group in groups)
        {
            var first = group.First();
            text.Append("\n\n").Append(Citation(first.Protocol, first.Item, first.Date)).Append(first.Justerat ? IsEnglish ? " (approved)" : " (justerat)" : "").Append(" – ").Append(first.Title).Append('\n');
            text.Append(Decided);
            foreach (var decision in group)
            {
                text.Append('\n').Append(decision.Decision);
            }
        }

        return text.ToString();
    }

    public string Attendance(Protocol protocol, bool absentFirst)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var heading = IsEnglish
            ? $"Protocol no. {protocol.Number} {protocol.Year}, {dates.Date(protocol.Date)}:"
            : $"Protokoll nr {protocol.Number} {protocol.Year}, {dates.Date(protocol.Date)}:";
        var absent = protocol.Absent.Count == 0
            ? IsEnglish ? "No one sent apologies." : "Ingen anmälde förhinder."
            : $"{Absent}: {Names(protocol.Absent)}.";
        var present = $"{Present} ({protocol.Present.Count}): {Names(protocol.Present)}.";
        return absentFirst ? $"{heading}\n{absent}\n{present}" : $"{heading}\n{present}\n{absent}";
    }

    public string Assignments(IReadOnlyList<AssignmentAnswer> answers, bool openOnly)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var text = new StringBuilder(openOnly
            ? IsEnglish ? $"Open assignments ({answers.Count}), soonest due first:" : $"Öppna uppdrag ({answers.Count}), det som ska vara klart först överst:"
            : IsEnglish ? $"Assignments ({answers.Count}), soonest due first:" : $"Uppdrag ({answers.Count}), det som ska vara klart först överst:");
        foreach (var a in answers)
        {
            text.Append("\n\n").Append(Citation(a.Protocol, a.Item, a.Date)).Append('\n').Append(a.Owner).Append(": ").Append(a.Task);
            if (a.Due is { } due)
            {
                text.Append(IsEnglish ? " – due " : " – senast ").Append(dates.Date(due));
            }

            if (a.DueText is { } words)
            {
                text.Append(" (").Append(words).Append(')');
            }

            if (a.Status == "done")
            {
                text.Append(IsEnglish ? " – done" : " – klart");
            }
        }

        return text.ToString();
    }

    public string NextMeeting(MeetingAnswer meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var weekday = dates.Weekdays[(int)meeting.Date.DayOfWeek];
        return IsEnglish
            ? string.Create(CultureInfo.InvariantCulture, $"The next meeting is on {weekday} {dates.Date(meeting.Date)}, {meeting.Start:HH\\:mm}–{meeting.End:HH\\:mm}.")
            : string.Create(CultureInfo.InvariantCulture, $"Nästa möte är {weekday} {dates.Date(meeting.Date)} kl. {meeting.Start:HH\\:mm}–{meeting.End:HH\\:mm}.");
    }

    public string NoNextMeeting() => IsEnglish
        ? "I know of no coming meeting. The secretariat can create the series with \"skapa mötesserie\"."
        : "Jag känner inte till något kommande möte. Sekretariatet kan skapa mötesserien med \"skapa mötesserie\".";

    public string NotFound(int protocolCount) => IsEnglish
        ? $"I find no decision about that in the {protocolCount} protocols I have, and I do not guess. " +
          "You can ask, for example: \"Vad beslutades om traineeprojektet?\", \"Vem anmälde förhinder 13 juni?\" " +
          "or \"När är nästa möte?\"."
        : $"Jag hittar inget beslut om det i de {protocolCount} protokoll jag har, och jag gissar inte. " +
          "Du kan fråga till exempel: \"Vad beslutades om traineeprojektet?\", \"Vem anmälde förhinder 13 juni?\" " +
          "eller \"När är nästa möte?\".";

    private static string Names(IEnumerable<Participant> people) =>
        string.Join("; ", people.Select(p => $"{p.Name}, {p.Organisation}"));
}
