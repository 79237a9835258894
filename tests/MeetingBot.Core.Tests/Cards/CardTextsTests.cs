using MeetingBot.Core.Cards;

namespace MeetingBot.Core.Tests.Cards;

public sealed class CardTextsTests
{
    [Theory]
    [InlineData(2026, 1, 23, "fredag 23 januari 2026, 08:30–13:00")]
    [InlineData(2026, 3, 29, "söndag 29 mars 2026, 08:30–13:00")]
    [InlineData(2026, 6, 15, "måndag 15 juni 2026, 08:30–13:00")]
    public void DateAndTime_Swedish_SpellsOutWeekdayAndMonth(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, CardTexts.Swedish.DateAndTime(new DateOnly(year, month, day), new TimeOnly(8, 30), new TimeOnly(13, 0)));
    }

    [Fact]
    public void DateAndTime_English_SpellsOutWeekdayAndMonth()
    {
        Assert.Equal("Saturday 12 December 2026, 09:05–11:30", CardTexts.English.DateAndTime(new DateOnly(2026, 12, 12), new TimeOnly(9, 5), new TimeOnly(11, 30)));
    }

    [Fact]
    public void Tally_Swedish_NamesEachCount()
    {
        Assert.Equal("Svar: 3 kommer, 0 förhinder, 9 ej svarat", CardTexts.Swedish.Tally(new AttendanceTally(3, 0, 9)));
    }

    [Theory]
    [InlineData(1, 1, 1, "Svar: 1 kommer, 1 förhinder, 1 ej svarat")]
    [InlineData(2, 2, 2, "Svar: 2 kommer, 2 förhinder, 2 ej svarat")]
    public void Tally_Swedish_SameWordsWhateverTheCount(int coming, int declined, int notAnswered, string expected)
    {
        Assert.Equal(expected, CardTexts.Swedish.Tally(new AttendanceTally(coming, declined, notAnswered)));
    }

    [Theory]
    [InlineData(1, 1, 1, "Answers: 1 attending, 1 apology, 1 not answered")]
    [InlineData(2, 2, 0, "Answers: 2 attending, 2 apologies, 0 not answered")]
    [InlineData(0, 0, 12, "Answers: 0 attending, 0 apologies, 12 not answered")]
    public void Tally_English_OneApologyTwoApologies(int coming, int declined, int notAnswered, string expected)
    {
        Assert.Equal(expected, CardTexts.English.Tally(new AttendanceTally(coming, declined, notAnswered)));
    }
}
