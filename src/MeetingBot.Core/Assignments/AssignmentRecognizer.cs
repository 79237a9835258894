using System.Text.RegularExpressions;
using MeetingBot.Core.Protocols;

namespace MeetingBot.Core.Assignments;

/// <summary>
/// Finds the assignments in a protocol's att-clauses. A clause is an assignment when it gives someone
/// work: "att uppdra till/åt X att …", "att ge X i uppdrag att …", "att X får i uppdrag att …",
/// "att X återkommer/återrapporterar …", "att varje kommun …". Anything else ("att tacka för
/// informationen", "att godkänna …") is a decision without follow-up.
/// </summary>
public static partial class AssignmentRecognizer
{
    // The owner is short and never contains "att": that keeps "att projektet … blir traineeprojekt"
    // and "att kommundirektörsgruppen under 2026 sammanträder …" from reading as assignments.
    private const string Owner = @"(?<owner>(?:(?!\batt\b)[^\s,;:]+\s?){1,6}?)";

    [GeneratedRegex(@"^att\s+uppdra\s+(?:till|åt)\s+" + Owner + @"\s*,?\s+att\s+(?<task>.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Commission();

    [GeneratedRegex(@"^att\s+ge\s+" + Owner + @"\s+i\s+uppdrag\s+att\s+(?<task>.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Give();

    [GeneratedRegex(@"^att\s+" + Owner + @"\s+får\s+i\s+uppdrag\s+(?:att\s+)?(?<task>.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Receives();

    [GeneratedRegex(@"^att\s+" + Owner + @"\s+(?<task>(?:återkommer|återrapporterar|ska\s+återkomma|ska\s+återrapportera)\b.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ReportsBack();

    [GeneratedRegex(@"^att\s+(?<owner>(?:varje|respektive|samtliga|alla)\s+(?:kommun|kommuner|medlemskommun|medlemskommuner))\s+(?:ska\s+|skall\s+)?(?<task>.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex EachMunicipality();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>
    /// The assignments of <paramref name="protocol"/>, in item and clause order. <paramref name="seriesMeetings"/>
    /// are the dates of the decided series' meetings, used where the words name a meeting ("till nästa
    /// möte"); the meetings the protocol itself decides are added to them.
    /// </summary>
    public static IReadOnlyList<Assignment> Recognise(Protocol protocol, IEnumerable<DateOnly> seriesMeetings)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(seriesMeetings);
        var resolver = new DueDateResolver(protocol.Date, [.. seriesMeetings, .. DecidedMeetings.Of(protocol)]);
        var assignments = new List<Assignment>();
        foreach (var item in protocol.Items)
        {
            for (var position = 0; position < item.Decisions.Count; position++)
            {
                if (Read(item.Decisions[position]) is not { } found)
                {
                    continue;
                }

                var due = resolver.Find(found.Task);
                var task = due is null ? found.Task : Tidy(found.Task.Remove(due.Index, due.Length));
                assignments.Add(new Assignment(
                    protocol.Number, protocol.Year, item.Number, position, found.Owner, task, due?.Date, due?.Text));
            }
        }

        return assignments;
    }

    /// <summary>Owner and task of one clause, or null when it gives no one work.</summary>
    internal static (string Owner, string Task)? Read(string clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var text = Spaces().Replace(clause, " ").Trim();
        foreach (var pattern in (Regex[])[Commission(), Give(), Receives(), EachMunicipality(), ReportsBack()])
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                return (match.Groups["owner"].Value.Trim(), Tidy(match.Groups["task"].Value));
            }
        }

        return null;
    }

    private static string Tidy(string text) => Spaces().Replace(text, " ").Trim().TrimEnd('.', ',', ';', ' ');
}
