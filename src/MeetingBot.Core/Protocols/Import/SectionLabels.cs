using System.Text.RegularExpressions;

namespace MeetingBot.Core.Protocols.Import;

/// <summary>The fixed words that open a protocol's sections, tolerant of case, colon and what follows on the line.</summary>
internal static partial class SectionLabels
{
    [GeneratedRegex(@"^Protokoll\s+(?:nr|nummer)\.?\s*(?<number>\d{1,3})\s*[/,-]?\s*(?<year>\d{4})\b\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    public static partial Regex Heading();

    [GeneratedRegex(@"^(?:Tid\s+och\s+plats\b\s*:?|Tid\s*:|Plats\s*:)\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    public static partial Regex TimeAndPlace();

    [GeneratedRegex(@"^Närvarande(?:\s+ledamöter)?\b\s*:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    public static partial Regex Present();

    [GeneratedRegex(@"^(?:Anmält\s+förhinder|Frånvarande|Förhinder)\b\s*:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    public static partial Regex Absent();

    /// <summary>"4. Title", "§ 4 Title", "§4. Title": the title must start with a letter or a quote, so "1,5 miljon" or "20." never opens an item.</summary>
    [GeneratedRegex(@"^(?:§\s*(?<number>\d{1,2})\.?|(?<number>\d{1,2})\.)\s*(?<title>[\p{L}""”“'].*)$")]
    public static partial Regex Item();

    /// <summary>Case-sensitive: "mötet avslutas med lunch" on a wrapped line is prose, not the end.</summary>
    [GeneratedRegex(@"^Mötet\s+avslut(?:as|ades)\b|^Vid\s+protokollet\b|^Justeras\b")]
    public static partial Regex End();
}
