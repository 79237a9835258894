using System.Text.Json;
using MeetingBot.Tests.Storage;

namespace MeetingBot.Tests.Cli;

/// <summary>
/// <c>ask "FRÅGA" --json</c> over the stored seed protocol through the real executable: the JSON
/// contract. Matching on both providers is covered in-process by QuestionServiceTests.
/// </summary>
public sealed class AskCommandTests : IAsyncLifetime
{
    private const string Seed = "protokoll-2025-05-kommundirektorer-2025-06-13.txt";
    private readonly SqliteTestDatabase database = new();

    public async Task InitializeAsync()
    {
        await database.CreateAsync();
        var saved = await CliProcess.RunAsync(database.Environment, "protocol", "import", CliProcess.Fixture(Seed), "--save");
        Assert.Equal(0, saved.ExitCode);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task Ask_Json_PrintsQuestionCitedDecisionsAndText()
    {
        var result = await CliProcess.RunAsync(database.Environment, "ask", "Vad beslutades om traineeprojektet?", "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        var answer = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(["question", "answers", "text"], answer.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Vad beslutades om traineeprojektet?", answer.GetProperty("question").GetString());
        var decision = Assert.Single(answer.GetProperty("answers").EnumerateArray());
        Assert.Equal(["protocol", "item", "date", "title", "decision"], decision.EnumerateObject().Select(p => p.Name));
        Assert.Equal("5/2025", decision.GetProperty("protocol").GetString());
        Assert.Equal(8, decision.GetProperty("item").GetInt32());
        Assert.Equal("2025-06-13", decision.GetProperty("date").GetString());
        Assert.Equal("Traineeprojekt 2025/2026", decision.GetProperty("title").GetString());
        Assert.Equal("att projektet ”Arbetsgivarvarumärke Familjen Helsingborg” blir traineeprojekt för traineegrupp 20", decision.GetProperty("decision").GetString());
        Assert.Contains("Protokoll nr 5 2025, § 8, 13 juni 2025", answer.GetProperty("text").GetString());
        Assert.Contains("”Arbetsgivarvarumärke", result.Output);
    }

    [Fact]
    public async Task Ask_AttendanceJson_CarriesPresentAndAbsentLists()
    {
        var result = await CliProcess.RunAsync(database.Environment, "ask", "Vem anmälde förhinder 13 juni?", "--json");

        var attendance = Assert.Single(JsonDocument.Parse(result.Output).RootElement.GetProperty("answers").EnumerateArray());
        Assert.Equal(["protocol", "date", "present", "absent"], attendance.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Tomas Rikse", Assert.Single(attendance.GetProperty("absent").EnumerateArray()).GetProperty("name").GetString());
    }
}
