using MeetingBot.Core.Protocols;

namespace MeetingBot.Core.Documents;

/// <summary>
/// The blocks of a protocol document in reading order, said once for every writer (Word, PDF and
/// Markdown): each writer only decides how a kind of block looks, never which blocks there are.
/// </summary>
internal static class ProtocolOutline
{
    public static IEnumerable<OutlineBlock> Blocks(Protocol protocol)
    {
        yield return new OutlineBlock(OutlineKind.Title, ProtocolLayout.Heading(protocol));
        yield return new OutlineBlock(OutlineKind.Subtitle, protocol.Title);
        yield return new OutlineBlock(OutlineKind.Plain, ProtocolLayout.PlaceAndDate(protocol));
        yield return OutlineBlock.Labelled(ProtocolLayout.TimeAndPlaceLabel, ProtocolLayout.TimeAndPlace(protocol));
        if (ProtocolLayout.RoomLine(protocol) is { } room)
        {
            yield return new OutlineBlock(OutlineKind.Plain, room);
        }

        foreach (var block in People(ProtocolLayout.PresentHeading, protocol.Present)
            .Concat(People(ProtocolLayout.AbsentHeading, protocol.Absent))
            .Concat(protocol.Items.SelectMany(Item)))
        {
            yield return block;
        }

        yield return new OutlineBlock(OutlineKind.Closing, ProtocolLayout.Closing);
    }

    private static IEnumerable<OutlineBlock> People(string heading, IReadOnlyList<Participant> people)
    {
        if (people.Count == 0)
        {
            yield break;
        }

        yield return new OutlineBlock(OutlineKind.Heading1, heading);
        yield return OutlineBlock.People([.. people.Select(ProtocolLayout.Person)]);
    }

    private static IEnumerable<OutlineBlock> Item(ProtocolItem item)
    {
        yield return new OutlineBlock(OutlineKind.Heading1, ProtocolLayout.ItemHeading(item));
        if (!string.IsNullOrWhiteSpace(item.Summary))
        {
            yield return OutlineBlock.Labelled(ProtocolLayout.SummaryLabel, item.Summary);
        }

        foreach (var presenter in item.Presenters)
        {
            yield return OutlineBlock.Labelled(ProtocolLayout.PresenterLabel, presenter);
        }

        foreach (var attachment in item.Attachments)
        {
            yield return OutlineBlock.Labelled(ProtocolLayout.AttachmentLabel, attachment);
        }

        if (item.Decisions.Count == 0)
        {
            yield break;
        }

        yield return new OutlineBlock(OutlineKind.Heading2, ProtocolLayout.DecisionsHeading);
        foreach (var clause in item.Decisions.Select(DecisionClause.Parse))
        {
            yield return new OutlineBlock(OutlineKind.Plain, clause.Text);
            foreach (var entry in clause.Entries)
            {
                yield return new OutlineBlock(OutlineKind.ListEntry, entry);
            }
        }
    }
}
