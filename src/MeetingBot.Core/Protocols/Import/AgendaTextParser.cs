namespace MeetingBot.Core.Protocols.Import;

/// <summary>
/// Reads an agenda pasted in the protocol's own item format ("1. Title", "Sammanfattning: …",
/// "Föredragande: …", "Underlag: …", and any "Mötet beslutar" with its att-clauses) with the same
/// rules as the protocol importer. Items are renumbered 1, 2, … in the order given.
/// </summary>
public static class AgendaTextParser
{
    public const int MaxItems = 60;

    public static IReadOnlyList<ProtocolItem> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = LineNormaliser.Normalise(text);
        var first = -1;
        for (var i = 0; i < lines.Count && first < 0; i++)
        {
            first = SectionLabels.Item().IsMatch(lines[i].Text) ? i : -1;
        }

        if (first < 0)
        {
            throw new DomainException(
                "the agenda text has no numbered items (expected lines such as \"1. Mötets öppnande\")",
                new UserMessage(
                    "jag hittar inga numrerade punkter i texten. Skriv punkterna under kommandot, till exempel \"§ 1 Mötets öppnande\".",
                    "I find no numbered items in the text. Write the items under the command, for example \"§ 1 Mötets öppnande\"."));
        }

        var items = ItemsReader.Read(lines, first);
        if (items.Count > MaxItems)
        {
            throw new DomainException(
                $"the agenda has {items.Count} items; at most {MaxItems} are allowed",
                new UserMessage($"dagordningen har {items.Count} punkter; högst {MaxItems} går.", $"the agenda has {items.Count} items; at most {MaxItems} are allowed."));
        }

        return [.. items.Select((item, i) => item with { Number = i + 1 })];
    }
}
