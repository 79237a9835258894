using System.Text;
using System.Text.Json;
using MeetingBot.Tests.Storage;

namespace MeetingBot.Tests.Cli;

public sealed class RosterCommandTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase folder = new();
    private readonly string files = Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N"));

    private Dictionary<string, string> Environment => new() { ["Storage__DataDirectory"] = folder.DataDirectory };

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(files);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await folder.DisposeAsync();
        Directory.Delete(files, recursive: true);
    }

    [Fact]
    public async Task Import_CsvWithBomAndQuotes_StoredAndListedAsJson()
    {
        var csv = Write("roster.csv",
            "\uFEFFname,organisation,email,role\n" +
            "\"Dahlmann, Christian\",sekretariatet,christian.dahlmann@familjenhelsingborg.se,secretariat\n" +
            "Åsa Simonsson,Svalöv,asa.simonsson@svalov.se,member\n");

        var import = await CliProcess.RunAsync(Environment, "roster", "import", csv);
        var list = await CliProcess.RunAsync(Environment, "roster", "list", "--json");

        Assert.Equal((0, "Roster: 2 added, 0 updated, 0 unchanged."), (import.ExitCode, import.Output.Trim()));
        Assert.Equal(0, list.ExitCode);
        using var json = JsonDocument.Parse(list.Output);
        Assert.Equal(
            ["Dahlmann, Christian|sekretariatet|christian.dahlmann@familjenhelsingborg.se|secretariat", "Åsa Simonsson|Svalöv|asa.simonsson@svalov.se|member"],
            json.RootElement.EnumerateArray().Select(m =>
                $"{m.GetProperty("name")}|{m.GetProperty("organisation")}|{m.GetProperty("email")}|{m.GetProperty("role")}"));
        Assert.Contains("Åsa", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_JsonTwice_SecondRunChangesNothing()
    {
        var file = Write("roster.json", """[{"name":"Tomas Rikse","organisation":"Klippan","email":null,"role":"member"}]""");
        await CliProcess.RunAsync(Environment, "roster", "import", file);

        var again = await CliProcess.RunAsync(Environment, "roster", "import", file);

        Assert.Equal((0, "Roster: 0 added, 0 updated, 1 unchanged."), (again.ExitCode, again.Output.Trim()));
    }

    [Fact]
    public async Task Import_BadRow_ErrorNamesLineAndFieldAndNothingIsStored()
    {
        var csv = Write("roster.csv", "name,organisation,email,role\nAnna Berg,Bjuv,anna@bjuv.se,member\nBo Ek,Bjuv,bo@bjuv.se,chef\n");

        var import = await CliProcess.RunAsync(Environment, "roster", "import", csv);
        var list = await CliProcess.RunAsync(Environment, "roster", "list");

        Assert.Equal((1, "error: roster.csv: line 3, field role: must be member or secretariat, not 'chef'."), (import.ExitCode, import.Error.Trim()));
        Assert.Equal("The roster is empty. Add members with: roster import FILE", list.Output.Trim());
    }

    [Fact]
    public async Task Import_MissingFile_OneLineError()
    {
        var import = await CliProcess.RunAsync(Environment, "roster", "import", Path.Combine(files, "nope.csv"));

        Assert.Equal(1, import.ExitCode);
        Assert.StartsWith("error: ", import.Error, StringComparison.Ordinal);
        Assert.Single(import.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task List_DatabaseUnreachable_OneLineErrorNamingTheSetting()
    {
        var list = await CliProcess.RunAsync(
            new Dictionary<string, string>
            {
                ["Storage__Provider"] = "PostgreSql",
                ["ConnectionStrings__MeetingBot"] = "Host=127.0.0.1;Port=1;Username=postgres;Timeout=5",
            },
            "roster", "list");

        Assert.Equal(1, list.ExitCode);
        Assert.StartsWith("error: cannot open the database (PostgreSQL, ConnectionStrings:MeetingBot): ", list.Error, StringComparison.Ordinal);
        Assert.Single(list.Error.Trim().Split('\n'));
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(files, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }
}
