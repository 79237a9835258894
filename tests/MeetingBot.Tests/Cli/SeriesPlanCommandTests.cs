using System.Text.Json;

namespace MeetingBot.Tests.Cli;

public sealed class SeriesPlanCommandTests
{
    private static readonly string Seed = CliProcess.Fixture("protokoll-2025-05-kommundirektorer-2025-06-13.txt");

    [Fact]
    public async Task PlanJson_Seed2026_PrintsTenMeetingsWithUtcInstants()
    {
        var result = await CliProcess.RunAsync("series", "plan", "--from-protocol", Seed, "--year", "2026", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(
            "[{\"date\":\"2026-01-23\",\"startLocal\":\"08:30\",\"endLocal\":\"13:00\",\"startUtc\":\"2026-01-23T07:30:00Z\",\"endUtc\":\"2026-01-23T12:00:00Z\"},",
            result.Output,
            StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(10, json.RootElement.GetArrayLength());
        Assert.Equal("2026-04-17T06:30:00Z", json.RootElement[3].GetProperty("startUtc").GetString());
    }

    [Fact]
    public async Task Plan_WithoutJson_PrintsOneLinePerMeeting()
    {
        var result = await CliProcess.RunAsync("series", "plan", "--from-protocol", Seed, "--year", "2026");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10, lines.Length);
        Assert.Equal("2026-03-27 fre 08:30–13:00 (07:30Z–12:00Z)", lines[2]);
    }

    [Fact]
    public async Task Plan_YearTheDecisionIsNotFor_FailsWithOneLineMessage()
    {
        var result = await CliProcess.RunAsync("series", "plan", "--from-protocol", Seed, "--year", "2027", "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: the meeting dates decided in protocol 5/2025 (§9) are for 2026, not 2027", result.Error.Trim());
    }

    [Fact]
    public async Task Plan_ProtocolWithoutDatesDecision_FailsWithOneLineMessage()
    {
        var path = Path.Combine(Path.GetTempPath(), $"meetingbot-plan-{Guid.NewGuid():N}.txt");
        var text = await File.ReadAllTextAsync(Seed);
        await File.WriteAllTextAsync(path, text[..text.IndexOf("9.  Kommundirektörsgruppens", StringComparison.Ordinal)]);
        try
        {
            var result = await CliProcess.RunAsync("series", "plan", "--from-protocol", path, "--year", "2026");

            Assert.Equal(1, result.ExitCode);
            Assert.StartsWith("error: protocol 5/2025 has no decision that lists meeting dates", result.Error, StringComparison.Ordinal);
            Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
