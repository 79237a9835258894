using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using MeetingBot.Core.Roster;
using MeetingBot.Playground;
using MeetingBot.Playground.Emulator;
using MeetingBot.Playground.Sample;
using YamlDotNet.RepresentationModel;

namespace MeetingBot.Tests.Emulator;

/// <summary>
/// The emulator's <c>.m365agentsplayground.yml</c> from the sample roster, read by an independent YAML
/// parser and checked against the schema inside the pinned emulator package (an invalid file makes the
/// emulator exit without a word), and against the roster the bot resolves people from.
/// </summary>
public sealed class EmulatorConfigTests
{
    private const string SchemaId = "\"$id\":\"https://aka.ms/teams-app-test-tool-config/0.1.1/config.schema.json\"";

    // Built once: JsonSchema.Net registers a schema by its $id and refuses to register it twice.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(PackagedSchema()));

    private static IReadOnlyList<PlaygroundPerson> SampleRoster() =>
    [
        .. ProtocolRoster.Members(SampleProtocol.Load()).Select(SamplePeople.WithEmail).Append(SamplePeople.Secretariat)
            .Select(m => new PlaygroundPerson(m.Name, m.Organisation, m.Email, m.Role, SamplePeople.AadObjectIdFor(m.Email!))),
    ];

    [Fact]
    public void Write_SampleRoster_IsValidAgainstTheEmulatorsOwnSchema()
    {
        var yaml = EmulatorConfig.Write(SampleRoster(), "00000000-0000-0000-0000-00000000b07d", currentUserName: null);

        var errors = SchemaErrors(ToJson(yaml));

        Assert.Empty(errors);
    }

    [Fact]
    public void Schema_SixUsers_IsRefused()
    {
        // The check itself: the schema as extracted does refuse what the emulator refuses.
        var config = ToJson(EmulatorConfig.Write(SampleRoster(), "00000000-0000-0000-0000-00000000b07d", currentUserName: null));
        config["users"]!.AsArray().Add(config["currentUser"]!.DeepClone());

        Assert.NotEmpty(SchemaErrors(config));
    }

    [Fact]
    public void Write_SampleRoster_SecretaryIsTheUserAndFiveRosterPeopleAreTheOthers()
    {
        var roster = SampleRoster();

        var config = ToJson(EmulatorConfig.Write(roster, "00000000-0000-0000-0000-00000000b07d", currentUserName: null));

        var christian = roster.Single(p => p.Name == "Christian Dahlmann");
        Assert.Equal(christian.AadObjectId, (string?)config["currentUser"]!["aadObjectId"]);
        Assert.Equal(christian.Email, (string?)config["currentUser"]!["email"]);
        var users = config["users"]!.AsArray();
        Assert.Equal(EmulatorConfig.UserCount, users.Count);
        Assert.Contains(users, u => (string?)u!["name"] == SamplePeople.Secretariat.Name);
        Assert.All(users, u => Assert.Contains(roster, p => p.AadObjectId == (string?)u!["aadObjectId"] && p.Email == (string?)u!["email"] && p.UserId == (string?)u!["id"]));
        Assert.Equal(PlaygroundTeam.TeamId, (string?)config["team"]!["id"]);
        Assert.Empty(config["team"]!["channels"]!.AsArray());
    }

    [Fact]
    public void Write_NamedCurrentUser_IsThatMember()
    {
        var config = ToJson(EmulatorConfig.Write(SampleRoster(), "00000000-0000-0000-0000-00000000b07d", "Tomas Rikse"));

        Assert.Equal("Tomas Rikse", (string?)config["currentUser"]!["name"]);
        Assert.DoesNotContain(config["users"]!.AsArray(), u => (string?)u!["name"] == "Tomas Rikse");
    }

    [Fact]
    public void Write_RosterOfFive_SaysSixPeopleAreNeeded()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => EmulatorConfig.Write([.. SampleRoster().Take(5)], "bot", null));

        Assert.Contains("exactly 5 others", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>YAML → JSON with every scalar a string, as the schema types every field.</summary>
    private static JsonObject ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (JsonObject)Convert(stream.Documents[0].RootNode)!;
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(Convert)]),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new InvalidOperationException($"Unexpected YAML node {node.NodeType}."),
    };

    private static IReadOnlyList<string> SchemaErrors(JsonObject config)
    {
        var schema = Schema.Value;
        using var document = JsonDocument.Parse(config.ToJsonString());
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))];
    }

    /// <summary>The schema as the package bundles it: a JSON.parse('…') string literal in dist/index.js.</summary>
    private static string PackagedSchema()
    {
        var bundle = Path.Combine(Path.GetDirectoryName(AgentsPlayground.CliPath)!, "dist", "index.js");
        if (!File.Exists(bundle))
        {
            throw new InvalidOperationException($"Microsoft 365 Agents Playground is not installed: run 'npm ci --prefix tests/emulator' (missing {bundle}).");
        }

        var js = File.ReadAllText(bundle);
        var id = js.IndexOf(SchemaId, StringComparison.Ordinal);
        var start = js.LastIndexOf("JSON.parse('", id, StringComparison.Ordinal) + "JSON.parse('".Length;
        var literal = new StringBuilder();
        for (var i = start; js[i] != '\''; i++)
        {
            literal.Append(js[i] == '\\' ? js[++i] : js[i]);
        }

        return literal.ToString();
    }
}
