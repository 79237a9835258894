namespace MeetingBot.Core.Protocols.Import;

/// <summary>
/// Presenters or attachments: entries separated by ";", by a new label line, or given as a list
/// ("- Anna Berg, Bjuv"); any other line continues the last entry (it wrapped).
/// </summary>
internal sealed class NameList
{
    private readonly List<TextBlock> entries = [];

    /// <summary>A label line ("Föredragande: …") always opens a new entry, even when its text follows on the next line.</summary>
    public void AddLabelled(string text) => Add(text, startNew: true);

    public void Continue(string line) => Add(line, startNew: false);

    /// <summary>The entries; a name is not a sentence, so a stray final full stop goes.</summary>
    public List<string> ToList() =>
        [.. entries.Where(e => !e.IsEmpty).Select(e => e.ToString().TrimEnd('.').TrimEnd())];

    private void Add(string text, bool startNew)
    {
        if (TextBlock.TryListEntry(text, out var entry))
        {
            (text, startNew) = (entry, true);
        }

        if (startNew || entries.Count == 0)
        {
            entries.Add(new TextBlock());
        }

        var pieces = text.Split(';', StringSplitOptions.TrimEntries);
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i > 0)
            {
                entries.Add(new TextBlock());
            }

            entries[^1].Append(pieces[i]);
        }
    }
}
