using System.Globalization;

namespace MeetingBot.Core.Protocols.Import;

/// <summary>
/// Reads the numbered items up to "Mötet avslutas" (or the signature block). A line opens the next
/// item only when its number is the previous one plus one, so a wrapped line that happens to start
/// with "20." or a numbered list inside a decision cannot split an item.
/// </summary>
internal static class ItemsReader
{
    public static IReadOnlyList<ProtocolItem> Read(IReadOnlyList<TextLine> lines, int firstItemIndex)
    {
        var items = new List<ProtocolItem>();
        ItemBuilder? current = null;
        foreach (var line in lines.Skip(firstItemIndex))
        {
            if (SectionLabels.End().IsMatch(line.Text))
            {
                break;
            }

            var header = SectionLabels.Item().Match(line.Text);
            var number = header.Success ? int.Parse(header.Groups["number"].Value, CultureInfo.InvariantCulture) : 0;
            if (header.Success && (current is null || number == current.Number + 1))
            {
                if (current is not null)
                {
                    items.Add(current.Build());
                }

                current = new ItemBuilder(number, header.Groups["title"].Value);
            }
            else
            {
                current?.Add(line.Text);
            }
        }

        if (current is not null)
        {
            items.Add(current.Build());
        }

        return items;
    }
}
