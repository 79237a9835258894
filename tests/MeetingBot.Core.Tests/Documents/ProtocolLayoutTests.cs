using MeetingBot.Core.Documents;

namespace MeetingBot.Core.Tests.Documents;

public sealed class ProtocolLayoutTests
{
    [Fact]
    public void PlaceAndDate_LocationWithoutCommas_UsesTheWholeLocation()
    {
        var protocol = SeedProtocol.Value with { Location = "Helsingborg", Date = new DateOnly(2026, 3, 7) };

        Assert.Equal("Helsingborg 2026-03-07", ProtocolLayout.PlaceAndDate(protocol));
    }

    [Fact]
    public void TimeAndPlace_SingleDigitDayAndFullHours_WritesSwedishDateAndDottedTimes()
    {
        var protocol = SeedProtocol.Value with { Date = new DateOnly(2026, 3, 1), Start = new TimeOnly(9, 0), End = new TimeOnly(15, 45) };

        Assert.Equal("Den 1 mars 2026 09.00–15.45 på Mindpark, Bredgatan 11, Helsingborg.", ProtocolLayout.TimeAndPlace(protocol));
    }

    [Fact]
    public void TimeAndPlace_NoPlace_EndsAfterTheTimeWithoutADanglingPå()
    {
        var protocol = SeedProtocol.Value with { Location = "", Date = new DateOnly(2026, 12, 11), Start = new TimeOnly(8, 30), End = new TimeOnly(13, 0) };

        Assert.Equal("Den 11 december 2026 08.30–13.00.", ProtocolLayout.TimeAndPlace(protocol));
        Assert.Equal("2026-12-11", ProtocolLayout.PlaceAndDate(protocol));
    }

    [Fact]
    public void RoomLine_BlankRoom_IsNull()
    {
        Assert.Null(ProtocolLayout.RoomLine(SeedProtocol.Value with { Room = " " }));
        Assert.Equal("Mötesrum Studion.", ProtocolLayout.RoomLine(SeedProtocol.Value));
    }

    [Fact]
    public void Person_NoOrganisation_WritesTheNameAlone()
    {
        Assert.Equal("Henry Roos", ProtocolLayout.Person(new("Henry Roos", "")));
    }
}
