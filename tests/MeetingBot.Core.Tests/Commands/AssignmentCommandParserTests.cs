using MeetingBot.Core.Commands;

namespace MeetingBot.Core.Tests.Commands;

public sealed class AssignmentCommandParserTests
{
    [Theory]
    [InlineData("uppdrag")]
    [InlineData("Uppdrag")]
    [InlineData("visa uppdrag")]
    [InlineData("öppna uppdrag")]
    [InlineData("<at>MeetingBot</at> uppdragen")]
    public void Parse_ListWords_AreTheListCommand(string text)
    {
        Assert.Equal(new ChatCommand(CommandKind.Assignments), ChatCommandParser.Parse(text));
    }

    [Theory]
    [InlineData("uppdrag klart 12")]
    [InlineData("uppdrag klar #12")]
    [InlineData("uppdrag 12 klart")]
    public void Parse_Done_CarriesTheNumberAndIsSecretariatOnly(string text)
    {
        var command = ChatCommandParser.Parse(text);

        Assert.Equal(new ChatCommand(CommandKind.AssignmentDone, Number: 12), command);
        Assert.True(command!.IsSecretariatOnly);
    }

    [Fact]
    public void Parse_DoneWithoutNumber_AsksWhich()
    {
        Assert.Equal(new ChatCommand(CommandKind.AssignmentDone), ChatCommandParser.Parse("uppdrag klart"));
    }

    [Theory]
    [InlineData("Vilka uppdrag är öppna?")]
    [InlineData("Vad har sekretariatet fått i uppdrag?")]
    [InlineData("uppdrag klart tolv")]
    public void Parse_QuestionsAboutAssignments_AreNoCommand(string text)
    {
        Assert.Null(ChatCommandParser.Parse(text));
    }
}
