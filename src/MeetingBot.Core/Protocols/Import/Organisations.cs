namespace MeetingBot.Core.Protocols.Import;

/// <summary>
/// The organisations that sit in Familjen Helsingborg's groups. Only used to tell where an
/// organisation ends when two attendees share a line; unknown organisations are taken to be one word.
/// </summary>
internal static class Organisations
{
    private static readonly string[] Known =
    [
        "Familjen Helsingborg", "Helsingborgs stad", "Landskrona stad", "Region Skåne", "Länsstyrelsen Skåne",
        "Bjuv", "Båstad", "Helsingborg", "Höganäs", "Klippan", "Landskrona", "Perstorp", "Svalöv",
        "Åstorp", "Ängelholm", "Örkelljunga", "sekretariatet",
    ];

    /// <summary>
    /// Splits "Bjuv Åsa Simonsson" into "Bjuv" and "Åsa Simonsson". False when what would be left for
    /// the name is under two words: then the whole segment is organisation.
    /// </summary>
    public static bool TrySplitOrganisationAndName(string segment, out string organisation, out string name)
    {
        var known = Known
            .Where(org => segment.StartsWith(org + " ", StringComparison.OrdinalIgnoreCase))
            .MaxBy(org => org.Length);
        var words = segment.Split(' ');
        var organisationWords = known is null ? 1 : known.Split(' ').Length;
        if (words.Length - organisationWords < 2)
        {
            organisation = name = string.Empty;
            return false;
        }

        organisation = string.Join(' ', words.Take(organisationWords));
        name = string.Join(' ', words.Skip(organisationWords));
        return true;
    }
}
