namespace MeetingBot.Tests.Bot;

/// <summary>
/// <c>dagordning</c> against Connectors that answer as the REST spec allows but not as Teams usually
/// does: success without a ResourceResponse (Agents Playground's 202), and one recipient failing.
/// </summary>
public sealed class AgendaFanOutRobustnessTests
{
    private static string? Text(ConnectorCall call) => (string?)call.Body?["text"];

    private static bool IsAgendaCard(ConnectorCall call) =>
        call.Method == "POST" && call.Body?["attachments"]?[0]?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive";

    /// <summary>The names after "Jag kunde inte nå:" (the fixture's roster has members Teams does not know, who are always there).</summary>
    private static string NotReached(ConnectorCall summary) =>
        Text(summary)!.Split("Jag kunde inte nå:", 2) is [_, var names] ? names : string.Empty;

    private static Task<ConnectorCall> SummaryAsync(FlowHost host) =>
        host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Dagordningen för", StringComparison.Ordinal) == true);

    [Fact]
    public async Task PostAgenda_ConnectorAnswers202WithoutBody_EveryMemberGetsTheCardAndTheSecretariatASummary()
    {
        await using var host = await FlowHost.StartAsync();
        host.Teams.AnswersSendsWithoutBody = true;

        await host.SayInChannelAsync(FlowHost.Secretary, $"dagordning {host.MeetingDateText}");
        var summary = await SummaryAsync(host);

        Assert.Contains("är postad i teamets kanal", Text(summary), StringComparison.Ordinal);
        foreach (var member in new[] { FlowHost.Kristina, FlowHost.Tomas, FlowHost.Asa })
        {
            Assert.DoesNotContain(member.Name, NotReached(summary), StringComparison.Ordinal);
            Assert.Contains(host.Teams.Calls, c => IsAgendaCard(c) && c.Path.Contains(member.PersonalChatId, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(500)]
    [InlineData(403)]
    [InlineData(0)]
    public async Task PostAgenda_OneMembersChatFails_TheOthersGetTheCardAndTheSummaryNamesTheMember(int status)
    {
        await using var host = await FlowHost.StartAsync();
        host.Teams.Failing[FlowHost.Tomas.PersonalChatId] = status;

        await host.SayInChannelAsync(FlowHost.Secretary, $"dagordning {host.MeetingDateText}");
        var summary = await SummaryAsync(host);

        Assert.Contains("är postad i teamets kanal", Text(summary), StringComparison.Ordinal);
        Assert.Contains(FlowHost.Tomas.Name, NotReached(summary), StringComparison.Ordinal);
        Assert.DoesNotContain(FlowHost.Kristina.Name, NotReached(summary), StringComparison.Ordinal);
        Assert.Contains(host.Teams.Calls, c => IsAgendaCard(c) && c.Path.Contains(FlowHost.Kristina.PersonalChatId, StringComparison.Ordinal));
        Assert.Contains(host.Teams.Calls, c => IsAgendaCard(c) && c.Path.Contains(FlowHost.Asa.PersonalChatId, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(0)]
    public async Task PostAgenda_ChannelPostFails_MembersStillGetTheCardAndTheSummarySaysTheChannelFailed(int status)
    {
        await using var host = await FlowHost.StartAsync();
        host.Teams.Failing[FlowHost.ChannelId + "/activities"] = status;

        await host.SayInChannelAsync(FlowHost.Secretary, $"dagordning {host.MeetingDateText}");
        var summary = await SummaryAsync(host);

        Assert.Contains("kunde inte postas i teamets kanal", Text(summary), StringComparison.Ordinal);
        Assert.Contains(host.Teams.Calls, c => IsAgendaCard(c) && c.Path.Contains(FlowHost.Kristina.PersonalChatId, StringComparison.Ordinal));
    }
}
