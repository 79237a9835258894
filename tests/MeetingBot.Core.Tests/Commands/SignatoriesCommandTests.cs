using MeetingBot.Core.Commands;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Tests.Commands;

public sealed class SignatoriesCommandTests
{
    private static ChatCommand Parse(string text) => ChatCommandParser.Parse(text) ?? throw new Xunit.Sdk.XunitException($"'{text}' was not a command");

    [Theory]
    [InlineData("justerare 23 januari: Kristina Magnusson, Christian Dahlmann")]
    [InlineData("<at>MeetingBot</at> Justerare den 23:e januari: Kristina Magnusson och Christian Dahlmann.")]
    [InlineData("justerare för 23/1: Kristina Magnusson; Christian Dahlmann")]
    public void Parse_SignatoriesForAMeeting_KeepsTheNamesInOrder(string text)
    {
        var command = Parse(text);

        Assert.Equal(CommandKind.SetSignatories, command.Kind);
        Assert.Equal(new SwedishDate(23, 1, null), command.Meeting?.Date);
        Assert.Equal(["Kristina Magnusson", "Christian Dahlmann"], command.Names);
    }

    [Fact]
    public void Parse_SignatoriesForTheSeries_IsTheYearsDefault()
    {
        var command = Parse("justerare alla möten 2026: Kristina Magnusson, Tomas Rikse");

        Assert.Equal(CommandKind.SetSignatories, command.Kind);
        Assert.Null(command.Meeting);
        Assert.Equal(2026, command.Year);
        Assert.Equal(["Kristina Magnusson", "Tomas Rikse"], command.Names);
    }

    [Theory]
    [InlineData("skicka för justering 23 januari", CommandKind.SendForJustering)]
    [InlineData("skicka protokollet för justering den 23 januari", CommandKind.SendForJustering)]
    [InlineData("justering 23 januari", CommandKind.JusteringStatus)]
    [InlineData("visa justeringen för 23/1", CommandKind.JusteringStatus)]
    public void Parse_JusteringCommands_AreForThatMeeting(string text, CommandKind kind)
    {
        var command = Parse(text);

        Assert.Equal(kind, command.Kind);
        Assert.Equal(new SwedishDate(23, 1, null), command.Meeting?.Date);
    }

    [Theory]
    [InlineData("skicka för justering 23 januari", true)]
    [InlineData("justerare 23 januari: Kristina Magnusson", true)]
    [InlineData("justering 23 januari", false)]
    public void IsSecretariatOnly_JusteringCommands_StatusIsCheckedByItsHandler(string text, bool secretariatOnly) =>
        Assert.Equal(secretariatOnly, Parse(text).IsSecretariatOnly);

    [Fact]
    public void Parse_QuestionAboutJustering_IsNotACommand() =>
        Assert.Null(ChatCommandParser.Parse("vem brukar vara justerare när ordföranden inte kan komma till mötet i januari"));
}
