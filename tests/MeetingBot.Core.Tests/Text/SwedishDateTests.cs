using MeetingBot.Core.Text;

namespace MeetingBot.Core.Tests.Text;

public sealed class SwedishDateTests
{
    [Theory]
    [InlineData("dagordning 23 januari", 23, 1, null)]
    [InlineData("Vem anmälde förhinder 13 juni?", 13, 6, null)]
    [InlineData("den 27 mars 2026", 27, 3, 2026)]
    [InlineData("påminn 23/1", 23, 1, null)]
    [InlineData("närvaro 2026-04-17", 17, 4, 2026)]
    [InlineData("möte 11 dec.", 11, 12, null)]
    [InlineData("23/1/26", 23, 1, 2026)]
    public void Find_DateInText_IsFound(string text, int day, int month, int? year) =>
        Assert.Equal(new SwedishDate(day, month, year), SwedishDate.Find(text));

    [Theory]
    [InlineData("När är nästa möte?")]
    [InlineData("31 februari")]
    [InlineData("12 apor")]
    [InlineData("")]
    public void Find_NoValidDate_ReturnsNull(string text) => Assert.Null(SwedishDate.Find(text));

    [Fact]
    public void Format_Date_IsWrittenAsInProtocols() =>
        Assert.Equal("13 juni 2025", SwedishDate.Format(new DateOnly(2025, 6, 13)));
}
