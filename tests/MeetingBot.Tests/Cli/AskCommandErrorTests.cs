namespace MeetingBot.Tests.Cli;

public sealed class AskCommandErrorTests
{
    [Fact]
    public async Task Ask_EmptyQuestion_OneLineErrorAndNonZeroExit()
    {
        var result = await CliProcess.RunAsync("ask", "  ");

        Assert.NotEqual(0, result.ExitCode);
        Assert.StartsWith("error: the question is empty", result.Error.Trim());
        Assert.Single(result.Error.Trim().Split('\n'));
    }
}
