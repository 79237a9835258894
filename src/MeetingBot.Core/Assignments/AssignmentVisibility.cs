namespace MeetingBot.Core.Assignments;

/// <summary>
/// Which assignments a member sees in chat: their own organisation's ("Bjuv", "Bjuvs kommun",
/// "Helsingborgs stad" for Helsingborg) and those of every municipality ("varje kommun"). The
/// secretariat sees all; that choice is the caller's.
/// </summary>
public static class AssignmentVisibility
{
    private static readonly string[] EveryMunicipality = ["varje ", "respektive ", "samtliga ", "alla "];

    public static bool IsFor(Assignment assignment, string organisation)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        ArgumentNullException.ThrowIfNull(organisation);
        var owner = assignment.Owner.Trim();
        if (EveryMunicipality.Any(p => owner.StartsWith(p, StringComparison.OrdinalIgnoreCase)) && owner.Contains("kommun", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // A prefix, so "Helsingborgs stad" is Helsingborg's but "Familjen Helsingborg" is not.
        var own = organisation.Trim();
        return own.Length > 0
            && owner.StartsWith(own, StringComparison.OrdinalIgnoreCase)
            && (owner.Length == own.Length || !char.IsLetter(owner[own.Length]) || owner[own.Length] is 's' or 'S');
    }
}
