using System.Text.Json.Nodes;
using MeetingBot.AppPackage;
using MeetingBot.Tests.Cards;

namespace MeetingBot.Tests.AppPackage;

public sealed class ManifestTests
{
    private const string BotId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    private const string Host = "meetingbot.azurewebsites.net";

    private static string Filled() => AppPackageBuilder.FillManifest(
        File.ReadAllText(Path.Combine(CardOracle.RepositoryRoot, "appPackage", "manifest.json")),
        AppPackageSettings.Parse(BotId, Host, "1.2.3"));

    [Fact]
    public void FillManifest_Template_IsValidAgainstTheOfficialSchema()
    {
        var manifest = Filled();

        var errors = ManifestSchema.Errors(manifest, JsonNode.Parse(manifest)!["manifestVersion"]!.GetValue<string>());

        Assert.Empty(errors);
    }

    [Fact]
    public void Errors_ManifestWithUnknownBotScope_AreReported()
    {
        var manifest = JsonNode.Parse(Filled())!;
        manifest["bots"]![0]!["scopes"] = new JsonArray("personal", "everywhere");

        var errors = ManifestSchema.Errors(manifest.ToJsonString(), manifest["manifestVersion"]!.GetValue<string>());

        Assert.Contains(errors, e => e.StartsWith("/bots/0/scopes/1", StringComparison.Ordinal));
    }

    [Fact]
    public void Template_ManifestVersion_IsTheNewestTheSchemaPackageHas()
    {
        var manifest = JsonNode.Parse(Filled())!;

        Assert.Equal(ManifestSchema.NewestVersion(), manifest["manifestVersion"]!.GetValue<string>());
        Assert.EndsWith($"/v{ManifestSchema.NewestVersion()}/MicrosoftTeams.schema.json", manifest["$schema"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void FillManifest_BotIdAndHost_ReachEveryIdAndUrl()
    {
        var manifest = JsonNode.Parse(Filled())!;

        Assert.Equal(BotId, manifest["id"]!.GetValue<string>());
        Assert.Equal("1.2.3", manifest["version"]!.GetValue<string>());
        Assert.Equal(BotId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(BotId, manifest["webApplicationInfo"]!["id"]!.GetValue<string>());
        Assert.Equal($"api://{Host}/{BotId}", manifest["webApplicationInfo"]!["resource"]!.GetValue<string>());
        Assert.Equal([Host], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal($"https://{Host}/outlook/taskpane.html", manifest["extensions"]![0]!["runtimes"]![0]!["code"]!["page"]!.GetValue<string>());
    }

    [Fact]
    public void FillManifest_SeparateSsoApp_NamesItOnlyInWebApplicationInfo()
    {
        const string SsoAppId = "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d";
        var manifest = JsonNode.Parse(AppPackageBuilder.FillManifest(
            File.ReadAllText(Path.Combine(CardOracle.RepositoryRoot, "appPackage", "manifest.json")),
            AppPackageSettings.Parse(BotId, Host, "1.0.0", SsoAppId)))!;

        Assert.Equal(BotId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(SsoAppId, manifest["webApplicationInfo"]!["id"]!.GetValue<string>());
        Assert.Equal($"api://{Host}/{SsoAppId}", manifest["webApplicationInfo"]!["resource"]!.GetValue<string>());
    }

    [Fact]
    public void Template_Bot_IsInPersonalTeamAndGroupChatWithTheSwedishCommands()
    {
        var bot = JsonNode.Parse(Filled())!["bots"]![0]!;

        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        var titles = bot["commandLists"]![0]!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()).ToList();
        Assert.Equal(
            ["hjälp", "dagordning <datum>", "påminn <datum>", "närvaro <datum>", "protokollutkast <datum>", "fastställ protokoll <datum>", "skapa mötesserie <år>", "mina möten"],
            titles.Take(8));
        Assert.EndsWith("?", titles[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Template_OutlookExtension_OpensTheTaskPaneOnMeetingsForOrganiserAndAttendee()
    {
        var extension = JsonNode.Parse(Filled())!["extensions"]![0]!;

        Assert.Equal("Mailbox", extension["requirements"]!["capabilities"]![0]!["name"]!.GetValue<string>());
        var ribbon = extension["ribbons"]![0]!;
        Assert.Equal(["meetingDetailsOrganizer", "meetingDetailsAttendee"], ribbon["contexts"]!.AsArray().Select(c => c!.GetValue<string>()));
        var button = ribbon["tabs"]![0]!["groups"]![0]!["controls"]![0]!;
        var action = extension["runtimes"]![0]!["actions"]![0]!;
        Assert.Equal(action["id"]!.GetValue<string>(), button["actionId"]!.GetValue<string>());
        Assert.Equal("openPage", action["type"]!.GetValue<string>());
    }

    [Fact]
    public void Template_RibbonIcons_AreServedByTheHost()
    {
        var urls = JsonNode.Parse(Filled())!["extensions"]![0]!["ribbons"]![0]!["tabs"]![0]!["groups"]![0]!["icons"]!.AsArray()
            .Select(i => i!["url"]!.GetValue<string>());

        Assert.All(urls, url =>
        {
            var file = Path.Combine(CardOracle.RepositoryRoot, "src", "MeetingBot", "wwwroot", new Uri(url).AbsolutePath.TrimStart('/'));
            Assert.True(File.Exists(file), $"{url} has no file at {file}.");
        });
    }
}
