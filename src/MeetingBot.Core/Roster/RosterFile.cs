using System.Text.Json;

namespace MeetingBot.Core.Roster;

/// <summary>
/// Reads a roster the secretariat keeps in a spreadsheet or a script: CSV with the header
/// <c>name,organisation,email,role</c> (any column order; ";" as Swedish Excel writes it also works)
/// or a JSON array of <c>{"name","organisation","email","role"}</c>. Role is <c>member</c> or
/// <c>secretariat</c>, <c>member</c> when left empty. The whole file is checked before anything is
/// returned: the first bad row throws a <see cref="DomainException"/> naming its line (CSV) or entry
/// (JSON) and field.
/// </summary>
public static class RosterFile
{
    private static readonly string[] Columns = ["name", "organisation", "email", "role"];

    public static IReadOnlyList<Member> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.TrimStart('\uFEFF');
        var members = text.TrimStart().StartsWith('[') ? ParseJson(text) : ParseCsv(text);
        if (members.Count == 0)
        {
            throw new DomainException("The roster file lists no members.");
        }

        RejectDuplicates(members);
        return [.. members.Select(m => m.Member)];
    }

    private static List<(string Where, Member Member)> ParseCsv(string text)
    {
        var lineEnd = text.IndexOfAny(['\r', '\n']);
        var firstLine = lineEnd < 0 ? text : text[..lineEnd];
        var delimiter = firstLine.Contains(';') && !firstLine.Contains(',') ? ';' : ',';
        using var records = CsvRecords.Read(text, delimiter).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new DomainException("The roster file is empty.");
        }

        var header = records.Current.Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var index = Columns.ToDictionary(c => c, header.IndexOf);
        var missing = Columns.Where(c => index[c] < 0).ToList();
        if (missing.Count > 0)
        {
            throw new DomainException(
                $"line 1: the header must name the columns name,organisation,email,role; missing {string.Join(", ", missing)}.");
        }

        var members = new List<(string, Member)>();
        while (records.MoveNext())
        {
            var (line, fields) = records.Current;
            var where = $"line {line}";
            if (fields.Count != header.Count)
            {
                throw new DomainException($"{where}: expected {header.Count} fields as in the header, found {fields.Count}.");
            }

            members.Add((where, ToMember(where, fields[index["name"]], fields[index["organisation"]], fields[index["email"]], fields[index["role"]])));
        }

        return members;
    }

    private static List<(string Where, Member Member)> ParseJson(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new DomainException($"line {ex.LineNumber + 1}: the roster is not valid JSON.", ex);
        }

        using (document)
        {
            var members = new List<(string, Member)>();
            var entry = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                var where = $"entry {++entry}";
                if (element.ValueKind != JsonValueKind.Object)
                {
                    throw new DomainException($"{where}: expected an object with name, organisation, email and role.");
                }

                members.Add((where, ToMember(where, Text(element, "name", where), Text(element, "organisation", where),
                    Text(element, "email", where), Text(element, "role", where))));
            }

            return members;
        }
    }

    private static string? Text(JsonElement element, string field, string where) =>
        element.TryGetProperty(field, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            _ => throw new DomainException($"{where}, field {field}: expected text."),
        } : null;

    private static Member ToMember(string where, string? name, string? organisation, string? email, string? role)
    {
        name = Required(where, "name", name);
        organisation = Required(where, "organisation", organisation);
        email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        if (email is not null && !LooksLikeEmail(email))
        {
            throw new DomainException($"{where}, field email: '{email}' is not an email address.");
        }

        return new Member(name, organisation, email, ParseRole(where, role));
    }

    private static string Required(string where, string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException($"{where}, field {field}: must not be empty.") : value.Trim();

    private static MemberRole ParseRole(string where, string? role) => role?.Trim().ToLowerInvariant() switch
    {
        null or "" or "member" => MemberRole.Member,
        "secretariat" => MemberRole.Secretariat,
        _ => throw new DomainException($"{where}, field role: must be member or secretariat, not '{role.Trim()}'."),
    };

    private static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && at < email.Length - 1 && !email.Any(char.IsWhiteSpace);
    }

    private static void RejectDuplicates(List<(string Where, Member Member)> members)
    {
        var seenEmail = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var seenName = new Dictionary<(string, string), string>();
        foreach (var (where, member) in members)
        {
            if (member.Email is { } email && !seenEmail.TryAdd(email, where))
            {
                throw new DomainException($"{where}, field email: {email} is already on {seenEmail[email]}.");
            }

            if (!seenName.TryAdd((member.Name, member.Organisation), where))
            {
                throw new DomainException(
                    $"{where}: {member.Name}, {member.Organisation} is already on {seenName[(member.Name, member.Organisation)]}.");
            }
        }
    }
}
