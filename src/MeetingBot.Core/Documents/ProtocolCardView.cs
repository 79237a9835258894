using MeetingBot.Core.Cards;
using MeetingBot.Core.Protocols;

namespace MeetingBot.Core.Documents;

/// <summary>
/// A whole protocol as Adaptive Card elements, in the same wording as the documents: shown inside
/// Teams (behind an Action.ShowCard) so reading it needs no link out of the authenticated client.
/// </summary>
public static class ProtocolCardView
{
    public static AdaptiveCard Build(Protocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        List<CardElement> body =
        [
            TextBlock.Heading(ProtocolLayout.Heading(protocol)),
            new TextBlock(protocol.Title) { Spacing = "None" },
            new TextBlock($"{ProtocolLayout.TimeAndPlaceLabel} {ProtocolLayout.TimeAndPlace(protocol)}" +
                (ProtocolLayout.RoomLine(protocol) is { } room ? " " + room : string.Empty)) { IsSubtle = true },
            new FactSet(
            [
                new Fact(ProtocolLayout.PresentHeading.TrimEnd(':'), string.Join("\n", protocol.Present.Select(ProtocolLayout.Person))),
                new Fact(ProtocolLayout.AbsentHeading.TrimEnd(':'), protocol.Absent.Count == 0 ? "–" : string.Join("\n", protocol.Absent.Select(ProtocolLayout.Person))),
            ]),
        ];
        foreach (var item in protocol.Items)
        {
            List<CardElement> parts = [new TextBlock(ProtocolLayout.ItemHeading(item)) { Weight = "Bolder" }];
            if (item.Summary is { } summary)
            {
                parts.Add(new TextBlock($"{ProtocolLayout.SummaryLabel} {summary}") { Spacing = "Small" });
            }

            parts.AddRange(item.Presenters.Select(p => new TextBlock($"{ProtocolLayout.PresenterLabel} {p}") { Spacing = "None", IsSubtle = true }));
            parts.AddRange(item.Attachments.Select(a => new TextBlock($"{ProtocolLayout.AttachmentLabel} {a}") { Spacing = "None", IsSubtle = true }));
            if (item.Decisions.Count > 0)
            {
                parts.Add(new TextBlock(ProtocolLayout.DecisionsHeading) { Weight = "Bolder", Spacing = "Small" });
                parts.AddRange(item.Decisions.Select(d => new TextBlock(d) { Spacing = "None" }));
            }

            body.Add(new Container(parts) { Separator = true, Spacing = "Medium" });
        }

        body.Add(new TextBlock(ProtocolLayout.Closing) { Separator = true });
        return new AdaptiveCard { Body = body, Msteams = null };
    }
}
