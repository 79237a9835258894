using System.Text.RegularExpressions;

namespace MeetingBot.Core.Justering;

/// <summary>The outcome of matching typed names to the roster: the signatories in the order written, and the names no member has.</summary>
public sealed record SignatoryMatch(IReadOnlyList<Signatory> Signatories, IReadOnlyList<string> Unknown);

/// <summary>
/// Reads "Kristina Magnusson, Christian Dahlmann och Tomas Rikse" and matches each name to the
/// roster, ignoring case and extra spaces. A name nobody on the roster has is reported, never guessed.
/// </summary>
public static partial class SignatoryNames
{
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Separators().Split(text).Select(n => Spaces().Replace(n, " ").Trim().TrimEnd('.')).Where(n => n.Length > 0)];
    }

    public static SignatoryMatch Match(IEnumerable<string> names, IReadOnlyList<Signatory> roster)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(roster);
        List<Signatory> found = [];
        List<string> unknown = [];
        foreach (var name in names)
        {
            var member = roster.FirstOrDefault(m => string.Equals(Spaces().Replace(m.Name, " ").Trim(), name, StringComparison.OrdinalIgnoreCase));
            if (member is null)
            {
                unknown.Add(name);
            }
            else if (!found.Contains(member))
            {
                found.Add(member);
            }
        }

        return new SignatoryMatch(found, unknown);
    }

    [GeneratedRegex(@"\s*,\s*|\s+och\s+|\s+and\s+|\s*;\s*|\n", RegexOptions.IgnoreCase)]
    private static partial Regex Separators();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
