using MeetingBot.Core.Cards;
using MeetingBot.Core.Commands;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Tests.Commands;

public sealed class ChatCommandParserTests
{
    [Theory]
    [InlineData("dagordning 23 januari", CommandKind.PostAgenda)]
    [InlineData("<at>MeetingBot</at> Dagordning 23/1", CommandKind.PostAgenda)]
    [InlineData("posta dagordningen för den 23:e januari", CommandKind.PostAgenda)]
    [InlineData("påminn 2026-01-23", CommandKind.Remind)]
    [InlineData("Närvaro 23 jan.", CommandKind.Attendance)]
    [InlineData("protokollutkast 23 januari", CommandKind.ProtocolDraft)]
    [InlineData("skapa protokollutkast för mötet 23/1", CommandKind.ProtocolDraft)]
    [InlineData("fastställ protokoll 23 januari", CommandKind.FinaliseProtocol)]
    [InlineData("fastställ protokollet den 23 januari!", CommandKind.FinaliseProtocol)]
    [InlineData("ändra dagordning 23 januari", CommandKind.EditAgenda)]
    public void Parse_CommandWithDate_IsCommandForThatDate(string text, CommandKind kind)
    {
        var command = Parse(text);

        Assert.Equal(kind, command.Kind);
        Assert.Equal(new SwedishDate(23, 1, text.Contains("2026", StringComparison.Ordinal) ? 2026 : null), command.Meeting?.Date);
    }

    [Theory]
    [InlineData("dagordning nästa möte")]
    [InlineData("påminn inför nästa möte")]
    [InlineData("närvaro nästa")]
    public void Parse_NextMeeting_RefersToNextMeeting(string text) => Assert.True(Parse(text).Meeting?.IsNext);

    [Fact]
    public void Parse_CommandWithoutDate_HasNoMeeting()
    {
        var command = Parse("närvaro");

        Assert.Equal(CommandKind.Attendance, command.Kind);
        Assert.Null(command.Meeting);
    }

    [Theory]
    [InlineData("skapa mötesserie 2026", 2026)]
    [InlineData("Skapa mötesserien för 2027.", 2027)]
    [InlineData("mötesserie", null)]
    public void Parse_CreateSeries_ReadsYear(string text, int? year)
    {
        var command = Parse(text);

        Assert.Equal(CommandKind.CreateSeries, command.Kind);
        Assert.Equal(year, command.Year);
    }

    [Theory]
    [InlineData("hjälp", CommandKind.Help)]
    [InlineData("Hjälp?", CommandKind.Help)]
    [InlineData("<at>MeetingBot</at> hej!", CommandKind.Greeting)]
    [InlineData("mina möten", CommandKind.MyMeetings)]
    [InlineData("Visa mina möten?", CommandKind.MyMeetings)]
    [InlineData("<at>MeetingBot</at> använd den här kanalen", CommandKind.UseChannel)]
    [InlineData("Använd denna kanal.", CommandKind.UseChannel)]
    [InlineData("posta dagordningar här", CommandKind.UseChannel)]
    [InlineData("min kalender", CommandKind.MyCalendar)]
    [InlineData("<at>MeetingBot</at> Min kalender, tack!", CommandKind.MyCalendar)]
    [InlineData("visa min kalenderlänk", CommandKind.MyCalendar)]
    public void Parse_SimpleCommand_IsRecognised(string text, CommandKind kind) => Assert.Equal(kind, Parse(text).Kind);

    [Theory]
    [InlineData("Vad beslutades om idrottsgalan?")]
    [InlineData("Vem anmälde förhinder 13 juni?")]
    [InlineData("När är nästa möte?")]
    [InlineData("min kalender visar fel tid för mötet i mars")]
    [InlineData("dagordningen för mötet om idrottsgalan och arbetsförmedlingen i höstas")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Parse_QuestionOrNothing_IsNotACommand(string? text) => Assert.Null(ChatCommandParser.Parse(text));

    [Fact]
    public void Parse_PastedAgenda_KeepsLinesAsBody()
    {
        var command = Parse("ändra dagordning 23 januari\n§ 1 Föregående protokoll\n§ 2 Information");

        Assert.Equal(CommandKind.EditAgenda, command.Kind);
        Assert.Equal("§ 1 Föregående protokoll\n§ 2 Information", command.Body);
    }

    [Theory]
    [InlineData(CommandKind.PostAgenda, true)]
    [InlineData(CommandKind.CreateSeries, true)]
    [InlineData(CommandKind.MyMeetings, false)]
    [InlineData(CommandKind.Help, false)]
    [InlineData(CommandKind.UseChannel, true)]
    [InlineData(CommandKind.MyCalendar, false)]
    public void IsSecretariatOnly_Kind_MatchesRole(CommandKind kind, bool secretariat) =>
        Assert.Equal(secretariat, new ChatCommand(kind).IsSecretariatOnly);

    [Theory]
    [InlineData("plats 23 januari: Stadshuset, Helsingborg")]
    [InlineData("Plats 23:e januari: Stadshuset, Helsingborg.")]
    [InlineData("ändra platsen för 23/1: Stadshuset,  Helsingborg")]
    public void Parse_PlaceForADate_KeepsThePlaceAsWritten(string text)
    {
        var command = Parse(text);

        Assert.Equal(CommandKind.SetPlace, command.Kind);
        Assert.Equal(new SwedishDate(23, 1, null), command.Meeting?.Date);
        Assert.Equal("Stadshuset, Helsingborg", command.Place);
        Assert.True(command.IsSecretariatOnly);
    }

    [Theory]
    [InlineData("plats alla möten 2026: Stadshuset, Helsingborg", 2026)]
    [InlineData("plats hela serien 2027: Stadshuset, Helsingborg", 2027)]
    [InlineData("plats alla möten: Stadshuset, Helsingborg", null)]
    public void Parse_PlaceForTheSeries_HasTheYearAndNoMeeting(string text, int? year)
    {
        var command = Parse(text);

        Assert.Equal(CommandKind.SetPlace, command.Kind);
        Assert.Null(command.Meeting);
        Assert.Equal(year, command.Year);
        Assert.Equal("Stadshuset, Helsingborg", command.Place);
    }

    [Fact]
    public void Parse_PlaceForNextMeeting_RefersToNextMeeting() =>
        Assert.True(Parse("plats nästa möte: Mindpark, Helsingborg").Meeting?.IsNext);

    [Theory]
    [InlineData("plats 23 januari:")]
    [InlineData("plats 23 januari Stadshuset")]
    [InlineData("plats i Helsingborg: var ligger den?")]
    public void Parse_PlaceWithoutAPlaceOrAMeeting_IsNotACommand(string text) => Assert.Null(ChatCommandParser.Parse(text));

    private static ChatCommand Parse(string text) => ChatCommandParser.Parse(text) ?? throw new Xunit.Sdk.XunitException($"'{text}' was not a command");

    [Theory]
    [InlineData("språk engelska", CardLanguage.English)]
    [InlineData("Språk: engelska", CardLanguage.English)]
    [InlineData("<at>MeetingBot</at> språk svenska", CardLanguage.Swedish)]
    [InlineData("language english", CardLanguage.English)]
    [InlineData("Language Swedish", CardLanguage.Swedish)]
    public void Parse_Language_NamesTheChosenLanguage(string text, CardLanguage expected)
    {
        var command = ChatCommandParser.Parse(text);

        Assert.Equal(new ChatCommand(CommandKind.Language, Language: expected), command);
        Assert.False(command!.IsSecretariatOnly);
    }

    [Theory]
    [InlineData("språk")]
    [InlineData("språk franska")]
    public void Parse_LanguageWithoutAKnownLanguage_IsTheCommandWithoutAChoice(string text)
    {
        Assert.Equal(new ChatCommand(CommandKind.Language), ChatCommandParser.Parse(text));
    }

    [Fact]
    public void Parse_SentenceAboutLanguage_IsAQuestion()
    {
        Assert.Null(ChatCommandParser.Parse("språk och kultur i kommunerna, vad beslutades"));
    }
}
