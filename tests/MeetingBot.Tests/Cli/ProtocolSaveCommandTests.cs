using System.Text.Json;
using MeetingBot.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Tests.Cli;

/// <summary><c>protocol import FILE --save</c> against each provider, through the real executable.</summary>
public abstract class ProtocolSaveCommandTests<TDatabase> : IAsyncLifetime
    where TDatabase : TestDatabase, new()
{
    private const string Seed = "protokoll-2025-05-kommundirektorer-2025-06-13.txt";
    private readonly TDatabase database = new();

    public Task InitializeAsync() => database.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task ImportSave_SeedTwice_StoredOnceAndSecondRunSaysReplaced()
    {
        var first = await CliProcess.RunAsync(database.Environment, "protocol", "import", CliProcess.Fixture(Seed), "--save");
        var second = await CliProcess.RunAsync(database.Environment, "protocol", "import", CliProcess.Fixture(Seed), "--save");

        Assert.Equal((0, string.Empty, 0, string.Empty), (first.ExitCode, first.Error, second.ExitCode, second.Error));
        Assert.EndsWith("Saved protocol 5/2025: created.", first.Output.Trim(), StringComparison.Ordinal);
        Assert.EndsWith("Saved protocol 5/2025: replaced the stored one.", second.Output.Trim(), StringComparison.Ordinal);
        await using var db = database.Factory.CreateDbContext();
        Assert.Equal(1, await db.Protocols.CountAsync());
        Assert.Equal(9, await db.ProtocolItems.CountAsync());
        Assert.Equal(12, await db.ProtocolParticipants.CountAsync());
        Assert.Equal(2, await db.Decisions.CountAsync(d => d.ItemNumber == 4));
    }

    [Fact]
    public async Task ImportSaveJson_Seed_StdoutStaysJsonAndTheNoteGoesToStderr()
    {
        var result = await CliProcess.RunAsync(database.Environment, "protocol", "import", CliProcess.Fixture(Seed), "--json", "--save");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(5, json.RootElement.GetProperty("number").GetInt32());
        Assert.Equal("Saved protocol 5/2025: created.", result.Error.Trim());
    }

    [Fact]
    public async Task RosterFromProtocol_Seed_PresentAndAbsentJoinTheRosterOnce()
    {
        var first = await CliProcess.RunAsync(database.Environment, "roster", "from-protocol", CliProcess.Fixture(Seed));
        var again = await CliProcess.RunAsync(database.Environment, "roster", "from-protocol", CliProcess.Fixture(Seed));
        var list = await CliProcess.RunAsync(database.Environment, "roster", "list", "--json");

        Assert.Equal((0, "Roster: 12 added, 0 updated, 0 unchanged."), (first.ExitCode, first.Output.Trim()));
        Assert.Equal("Roster: 0 added, 0 updated, 12 unchanged.", again.Output.Trim());
        using var json = JsonDocument.Parse(list.Output);
        var roles = json.RootElement.EnumerateArray().ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("role").GetString());
        Assert.Equal(12, roles.Count);
        Assert.Equal("secretariat", roles["Christian Dahlmann"]);
        Assert.Equal("member", roles["Tomas Rikse"]);
        Assert.Single(roles, r => r.Value == "secretariat");
    }
}

public sealed class SqliteProtocolSaveCommandTests : ProtocolSaveCommandTests<SqliteTestDatabase>;

public sealed class PostgresProtocolSaveCommandTests : ProtocolSaveCommandTests<PostgresTestDatabase>;
