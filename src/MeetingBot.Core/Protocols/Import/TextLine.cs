namespace MeetingBot.Core.Protocols.Import;

/// <summary>
/// One physical line of a protocol with its white space collapsed. <see cref="Columns"/> keeps the
/// pieces that were separated by a tab or a wide gap, which is how a two-column attendance list
/// survives text extraction.
/// </summary>
internal sealed record TextLine(string Text, IReadOnlyList<string> Columns)
{
    public override string ToString() => Text;
}
