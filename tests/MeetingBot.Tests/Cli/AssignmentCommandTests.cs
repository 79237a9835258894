using MeetingBot.Tests.Storage;

namespace MeetingBot.Tests.Cli;

/// <summary><c>assignments list</c> and <c>assignments done</c> through the real executable, on each provider.</summary>
public abstract class AssignmentCommandTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private const string Protocol6 = """
        Protokoll nr 6 2025
        Kommundirektörsmöte i Familjen Helsingborg
        Tid och plats: Den 19 september 2025 08.30-12:00 på Mindpark, Bredgatan 11, Helsingborg.
        Närvarande:
        Kristina Magnusson, Bjuv
        Christian Dahlmann, sekretariatet
        Anmält förhinder:
        Tomas Rikse, Klippan
        1. Mötets öppnande
        2. Trafikplanen
        Mötet beslutar
        att tacka för informationen
        att uppdra till sekretariatet att ta fram ett gemensamt yttrande över
        trafikplanen till styrelsemötet den 31 oktober
        Mötet avslutas
        """;

    private readonly TDatabase database = new();
    private readonly string file = Path.Combine(Path.GetTempPath(), $"protokoll-6-2025-{Guid.NewGuid():N}.txt");

    public async Task InitializeAsync()
    {
        await database.CreateAsync();
        await File.WriteAllTextAsync(file, Protocol6);
    }

    public async Task DisposeAsync()
    {
        File.Delete(file);
        await database.DisposeAsync();
    }

    [Fact]
    public async Task ListJson_AfterImport_PrintsTheContractExactly()
    {
        await ImportAsync();

        var list = await Run("assignments", "list", "--json");

        Assert.Equal((0, string.Empty), (list.ExitCode, list.Error));
        Assert.Equal(
            """[{"protocol":"6/2025","item":2,"owner":"sekretariatet","task":"ta fram ett gemensamt yttrande över trafikplanen","due":"2025-10-31","dueText":"till styrelsemötet den 31 oktober","status":"open"}]""",
            list.Output.Trim());
    }

    [Fact]
    public async Task Done_KnownId_MarksItDoneAndReimportKeepsIt()
    {
        await ImportAsync();
        var table = await Run("assignments", "list");
        var id = table.Output.Split('\n')[1].Trim().Split(' ')[0];

        var done = await Run("assignments", "done", id, "--by", "Christian Dahlmann");
        await ImportAsync();
        var list = await Run("assignments", "list", "--json");

        Assert.Contains("sekretariatet", table.Output, StringComparison.Ordinal);
        Assert.Contains("2025-10-31", table.Output, StringComparison.Ordinal);
        Assert.Equal(0, done.ExitCode);
        Assert.Contains($"Assignment {id} (6/2025 §2, sekretariatet) is done.", done.Output, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"done\"", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Done_UnknownId_SaysSoAndExitsNonZero()
    {
        await ImportAsync();

        var done = await Run("assignments", "done", "4711");
        var list = await Run("assignments", "list", "--json");

        Assert.Equal(1, done.ExitCode);
        Assert.Contains("no assignment has id 4711", done.Error, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"open\"", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Done_IdNotANumber_ExitsTwoWithUsage()
    {
        var done = await Run("assignments", "done", "elva");

        Assert.Equal(2, done.ExitCode);
        Assert.NotEmpty(done.Error);
    }

    [Fact]
    public async Task ListJson_NoAssignments_PrintsAnEmptyArray()
    {
        var list = await Run("assignments", "list", "--json");

        Assert.Equal((0, "[]"), (list.ExitCode, list.Output.Trim()));
    }

    private async Task ImportAsync()
    {
        var import = await Run("protocol", "import", file, "--save");
        Assert.Equal(0, import.ExitCode);
    }

    private Task<CliProcess.Result> Run(params string[] args) => CliProcess.RunAsync(database.Environment, args);
}

public sealed class SqliteAssignmentCommandTests : AssignmentCommandTests<SqliteTestDatabase>;

public sealed class PostgresAssignmentCommandTests : AssignmentCommandTests<PostgresTestDatabase>;
