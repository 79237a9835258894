using MeetingBot.Core.Cards;
using MeetingBot.Core.Documents;
using MeetingBot.Core.Protocols;

namespace MeetingBot.Core.Questions;

/// <summary>
/// The answer as an Adaptive Card: each decision quoted under its citation, with a button that
/// opens the whole protocol it comes from, inside the card.
/// </summary>
public static class AnswerCard
{
    /// <summary>Whole protocols shown per answer; more would push the card past Teams' size limits.</summary>
    public const int MaxProtocolsShown = 2;

    /// <param name="findProtocol">The stored protocol for a reference ("5/2025"), if there is one.</param>
    /// <param name="language">The reader's language for the card's own words; quoted decisions stay as decided.</param>
    public static AdaptiveCard Build(Answer answer, Func<string, Protocol?> findProtocol, CardLanguage language = CardLanguage.Swedish)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(findProtocol);
        var words = AnswerText.For(language);
        List<CardElement> body =
        [
            TextBlock.Heading(words.Heading),
            new TextBlock(answer.Question) { IsSubtle = true, Spacing = "None" },
        ];
        var protocols = new List<string>();

        switch (answer.Kind)
        {
            case AnswerKind.Decisions:
                foreach (var item in answer.Answers.OfType<DecisionAnswer>().GroupBy(d => (d.Protocol, d.Item)))
                {
                    var first = item.First();
                    body.Add(new Container(
                    [
                        new TextBlock(words.Citation(first.Protocol, first.Item, first.Date)) { Weight = "Bolder" },
                        new TextBlock(first.Title) { Spacing = "None" },
                        new TextBlock(words.Decided) { IsSubtle = true },
                        .. item.Select(d => new TextBlock(d.Decision) { Spacing = "Small" }),
                    ]) { Separator = true, Spacing = "Medium" });
                    if (!protocols.Contains(first.Protocol))
                    {
                        protocols.Add(first.Protocol);
                    }
                }

                break;
            case AnswerKind.Attendance:
                foreach (var attendance in answer.Answers.OfType<AttendanceAnswer>())
                {
                    body.Add(new FactSet(
                    [
                        new Fact(words.ProtocolLabel, attendance.Protocol),
                        new Fact(words.Present, string.Join("\n", attendance.Present.Select(p => $"{p.Name}, {p.Organisation}"))),
                        new Fact(words.Absent, attendance.Absent.Count == 0 ? words.NoOne : string.Join("\n", attendance.Absent.Select(p => $"{p.Name}, {p.Organisation}"))),
                    ]) { Separator = true });
                    protocols.Add(attendance.Protocol);
                }

                break;
            default:
                body.Add(new TextBlock(answer.Text) { Separator = true });
                break;
        }

        return new AdaptiveCard
        {
            Body = body,
            Actions = protocols.Count == 0 ? null : ProtocolActions(protocols, findProtocol, words),
        };
    }

    private static List<CardAction>? ProtocolActions(List<string> references, Func<string, Protocol?> findProtocol, AnswerText words)
    {
        var actions = references.Take(MaxProtocolsShown)
            .Select(r => (Reference: r, Protocol: findProtocol(r)))
            .Where(p => p.Protocol is not null)
            .Select(p => (CardAction)new ShowCardAction(words.OpenProtocol(p.Reference), ProtocolCardView.Build(p.Protocol!)))
            .ToList();
        return actions.Count == 0 ? null : actions;
    }
}
