using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MeetingBot.Core.Roster;
using MeetingBot.Playground.Sample;

namespace MeetingBot.Playground.Emulator;

/// <summary>
/// Microsoft 365 Agents Playground's <c>.m365agentsplayground.yml</c> (schema 0.1.1) from the roster, so
/// the emulator's people are roster members the bot recognises: the same Entra object ids and e-mails
/// as the playground's, which the emulator returns from <c>pagedmembers</c> for the bot's member lookup.
/// </summary>
/// <remarks>
/// The schema allows exactly five users besides the current user and one channel besides General,
/// whose id is the team's own (listing it again fails the file's uniqueness check, and an invalid file
/// makes the emulator exit without a word). The current user is a secretary who attends, so one window
/// can run the secretariat's commands and answer an agenda; the shared "Sekretariatet" identity and the
/// first roster members fill the five.
/// </remarks>
internal static class EmulatorConfig
{
    public const string FileName = ".m365agentsplayground.yml";
    public const string SchemaVersion = "0.1.1";
    public const int UserCount = 5;
    public const string GroupChatId = "19:meetingbot-playground-group@thread.v2";
    public const string GroupChatName = "Kommundirektörer (gruppchatt)";

    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="people">The roster in the playground's order (the secretariat identity first).</param>
    /// <param name="currentUserName">Who the emulator's window is; null picks a secretary.</param>
    public static string Write(IReadOnlyList<PlaygroundPerson> people, string botAppId, string? currentUserName)
    {
        var current = Choose(people, currentUserName);
        var others = people.Where(p => p != current)
            .OrderByDescending(p => p.IsSecretariat && p.Name == SamplePeople.Secretariat.Name)
            .Take(UserCount)
            .ToList();
        if (others.Count < UserCount)
        {
            throw new InvalidOperationException(
                $"The emulator needs {UserCount + 1} people (itself and exactly {UserCount} others) but the roster has {people.Count}. Import a roster first.");
        }

        var yaml = new StringBuilder();
        yaml.AppendLine("# Microsoft 365 Agents Playground for MeetingBot (Development), written from the roster.");
        yaml.AppendLine("# Start the emulator in this file's folder; see the README, \"Talking to the bot in Microsoft 365 Agents Playground\".");
        yaml.AppendLine($"version: {Quote(SchemaVersion)}");
        yaml.AppendLine($"tenantId: {Quote(PlaygroundTeam.TenantId)}");
        yaml.AppendLine("bot:");
        yaml.AppendLine($"  id: {Quote("28:" + botAppId)}");
        yaml.AppendLine($"  name: {Quote(PlaygroundTeam.BotName)}");
        yaml.AppendLine("currentUser:");
        AppendUser(yaml, current, "  ");
        yaml.AppendLine("users:");
        foreach (var person in others)
        {
            AppendUser(yaml, person, "  - ", "    ");
        }

        yaml.AppendLine("personalChat:");
        yaml.AppendLine($"  id: {Quote(PlaygroundTeam.PersonalConversationId(current.AadObjectId))}");
        yaml.AppendLine("groupChat:");
        yaml.AppendLine($"  id: {Quote(GroupChatId)}");
        yaml.AppendLine($"  name: {Quote(GroupChatName)}");
        yaml.AppendLine("team:");
        yaml.AppendLine($"  id: {Quote(PlaygroundTeam.TeamId)}");
        yaml.AppendLine($"  name: {Quote(PlaygroundTeam.TeamName)}");
        yaml.AppendLine($"  aadGroupId: {Quote(PlaygroundTeam.TeamAadGroupId)}");
        yaml.AppendLine("  # General (\"Allmänt\") is the team itself: its id is the team id, so it is not listed.");
        yaml.AppendLine("  channels: []");
        return yaml.ToString();
    }

    private static PlaygroundPerson Choose(IReadOnlyList<PlaygroundPerson> people, string? name)
    {
        if (name is not null)
        {
            return people.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidOperationException($"No one called '{name}' is on the roster.");
        }

        return people.FirstOrDefault(p => p.IsSecretariat && p.Name != SamplePeople.Secretariat.Name)
            ?? people.FirstOrDefault(p => p.IsSecretariat)
            ?? people.FirstOrDefault()
            ?? throw new InvalidOperationException("The roster is empty. Import a roster first.");
    }

    private static void AppendUser(StringBuilder yaml, PlaygroundPerson person, string first, string? rest = null)
    {
        rest ??= first;
        var (given, surname) = SplitName(person.Name);
        var email = person.Email ?? string.Empty;
        (string Key, string Value)[] fields =
        [
            ("id", person.UserId),
            ("name", person.Name),
            ("userPrincipleName", email),
            ("aadObjectId", person.AadObjectId),
            ("givenName", given),
            ("surname", surname),
            ("email", email),
        ];
        for (var i = 0; i < fields.Length; i++)
        {
            yaml.AppendLine($"{(i == 0 ? first : rest)}{fields[i].Key}: {Quote(fields[i].Value)}");
        }
    }

    private static (string Given, string Surname) SplitName(string name)
    {
        var cut = name.Trim().LastIndexOf(' ');
        return cut < 0 ? (name.Trim(), string.Empty) : (name[..cut].Trim(), name[(cut + 1)..].Trim());
    }

    /// <summary>A JSON string is a valid YAML double-quoted scalar: no YAML syntax in a name can break the file.</summary>
    private static string Quote(string value) => JsonSerializer.Serialize(value, Quoting);
}
