using System.Text.RegularExpressions;

namespace MeetingBot.Core.Protocols.Import;

/// <summary>
/// The labels inside an item. "Sammanfattning" may go without a colon; "Föredragande" and "Underlag"
/// need one (or stand alone) so that a wrapped sentence starting with the word is not mistaken for a label.
/// Labels are capitalised: "underlag" or "mötet beslutade" at the start of a wrapped line is prose.
/// </summary>
internal static partial class ItemLabels
{
    [GeneratedRegex(@"^Sammanfattning(?:\s*:\s*|\s+|$)(?<rest>.*)$")]
    public static partial Regex Summary();

    [GeneratedRegex(@"^(?:Föredragande|Föredragare)(?:\s*:\s*|\s*$)(?<rest>.*)$")]
    public static partial Regex Presenters();

    [GeneratedRegex(@"^(?:Underlag|Bilagor)(?:\s*:\s*|\s*$)(?<rest>.*)$")]
    public static partial Regex Attachments();

    /// <summary>"Bilaga 1: …" opens a new attachment, under "Underlag:" or on its own.</summary>
    [GeneratedRegex(@"^Bilaga\s+\d+\s*:")]
    public static partial Regex Attachment();

    [GeneratedRegex(@"^(?:(?:Mötet|Gruppen|Kommundirektörsgruppen)\s+beslut(?:ar|ade)\s*:?|Beslut\s*:)\s*(?<rest>.*)$")]
    public static partial Regex Decisions();

    /// <summary>An att-clause opens a new decision.</summary>
    [GeneratedRegex(@"^att\b", RegexOptions.IgnoreCase)]
    public static partial Regex Clause();
}
