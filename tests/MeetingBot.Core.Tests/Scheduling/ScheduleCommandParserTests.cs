using MeetingBot.Core.Scheduling;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Tests.Scheduling;

public sealed class ScheduleCommandParserTests
{
    [Theory]
    [InlineData("schema 23 januari")]
    [InlineData("Schema för mötet den 23 jan")]
    [InlineData("  schema 23/1 ")]
    public void Parse_ShowSchedule_ReadsTheMeetingDate(string text)
    {
        var command = Assert.IsType<ShowSchedule>(ScheduleCommandParser.Parse(text));

        Assert.Equal((23, 1), (command.MeetingDate.Day, command.MeetingDate.Month));
    }

    [Fact]
    public void Parse_MoveReminderWithTime_ReadsKindDatesAndTime()
    {
        var command = Assert.IsType<MoveJob>(ScheduleCommandParser.Parse("flytta påminnelse 23 januari till 20 januari 10:00"));

        Assert.Equal(JobKind.RemindUnanswered, command.Kind);
        Assert.Equal(new SwedishDate(23, 1, null), command.MeetingDate);
        Assert.Equal(new SwedishDate(20, 1, null), command.NewDate);
        Assert.Equal(new TimeOnly(10, 0), command.NewTime);
    }

    [Theory]
    [InlineData("flytta dagordningen för mötet den 23/1 till den 15/1 kl 9.30", JobKind.PostAgenda, 15, 9, 30)]
    [InlineData("Flytta kallelsen 23 jan till 14 jan kl 8", JobKind.PostAgenda, 14, 8, 0)]
    [InlineData("flytta utkastet 23 januari till 24 januari 08:15", JobKind.OfferDraft, 24, 8, 15)]
    [InlineData("flytta påminnelse om tom dagordning 23 januari till 12 januari 10:00", JobKind.RemindEmptyAgenda, 12, 10, 0)]
    public void Parse_TolerantWording_ReadsTheMove(string text, JobKind kind, int day, int hour, int minute)
    {
        var command = Assert.IsType<MoveJob>(ScheduleCommandParser.Parse(text));

        Assert.Equal(kind, command.Kind);
        Assert.Equal(day, command.NewDate.Day);
        Assert.Equal(new TimeOnly(hour, minute), command.NewTime);
    }

    [Fact]
    public void Parse_MoveWithoutTime_KeepsTheTimeOpen()
    {
        var command = Assert.IsType<MoveJob>(ScheduleCommandParser.Parse("flytta påminnelsen 23 januari till 20 januari"));

        Assert.Null(command.NewTime);
    }

    [Theory]
    [InlineData("hej")]
    [InlineData("vad beslutades om budgeten?")]
    public void Parse_OtherText_IsNull(string text)
    {
        Assert.Null(ScheduleCommandParser.Parse(text));
    }

    [Theory]
    [InlineData("flytta mötet")]
    [InlineData("flytta fikat 23 januari till 20 januari")]
    [InlineData("schema nästa vecka")]
    [InlineData("flytta påminnelse 23 januari till 20 januari 25:00")]
    public void Parse_ScheduleCommandThatCannotBeRead_ThrowsDomainException(string text)
    {
        Assert.Throws<DomainException>(() => ScheduleCommandParser.Parse(text));
    }
}
