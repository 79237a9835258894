using MeetingBot.Core.Protocols.Import;

namespace MeetingBot.Core.Tests.Protocols;

public sealed class HeaderRulesTests
{
    [Theory]
    [InlineData("08.30-12:00")]
    [InlineData("8:30-12:00")]
    [InlineData("08:30 - 12:00")]
    [InlineData("8.30–12.00")]
    [InlineData("8:30 – 12:00")]
    [InlineData("08:30—12:00")]
    [InlineData("kl. 8.30 till 12.00")]
    public void Parse_TimeRangeSpellings_Give0830To1200(string range)
    {
        var protocol = ProtocolTextParser.Parse(ProtocolText.With(timeAndPlace: $"Tid och plats: Den 13 juni 2025 {range} på Mindpark, Helsingborg.\n"));

        Assert.Equal((new TimeOnly(8, 30), new TimeOnly(12, 0)), (protocol.Start, protocol.End));
        Assert.Equal("Mindpark, Helsingborg", protocol.Location);
    }

    [Theory]
    [InlineData("Protokoll nr 5 2025", 5, 2025)]
    [InlineData("PROTOKOLL NR 12 2026", 12, 2026)]
    [InlineData("Protokoll nr. 3/2024", 3, 2024)]
    [InlineData("  Protokoll nummer 1 2027  ", 1, 2027)]
    public void Parse_HeadingSpellings_GiveNumberAndYear(string heading, int number, int year)
    {
        var protocol = ProtocolTextParser.Parse(ProtocolText.With(heading: $"{heading}\nKommundirektörsmöte\n"));

        Assert.Equal((number, year), (protocol.Number, protocol.Year));
    }

    [Fact]
    public void Parse_TitleOnTheHeadingLine_IsTheTitle()
    {
        var protocol = ProtocolTextParser.Parse(ProtocolText.With(heading: "Protokoll nr 5 2025 Kommundirektörsmöte i Familjen Helsingborg\n"));

        Assert.Equal("Kommundirektörsmöte i Familjen Helsingborg", protocol.Title);
    }

    [Fact]
    public void Parse_PlaceBeforeDateAndTime_IsStillThePlace()
    {
        var protocol = ProtocolTextParser.Parse(ProtocolText.With(timeAndPlace: "Tid och plats: Mindpark, Helsingborg, den 13 juni 2025 kl. 08.30–12.00.\n"));

        Assert.Equal("Mindpark, Helsingborg", protocol.Location);
        Assert.Equal(new DateOnly(2025, 6, 13), protocol.Date);
    }

    [Fact]
    public void Parse_TimeAndPlaceWrappedOverLines_IsJoined()
    {
        var protocol = ProtocolTextParser.Parse(ProtocolText.With(timeAndPlace: "Tid och plats: Den 13 juni 2025\n08.30-12:00 på Mindpark,\nBredgatan 11, Helsingborg.\nMötesrum Studion.\n"));

        Assert.Equal("Mindpark, Bredgatan 11, Helsingborg", protocol.Location);
        Assert.Equal("Studion", protocol.Room);
    }

    [Fact]
    public void Parse_AbbreviatedMonthInDate_IsRead()
    {
        var protocol = ProtocolTextParser.Parse(ProtocolText.With(timeAndPlace: "Tid och plats: Den 3 okt. 2025 08.30-12:00 på Mindpark.\n"));

        Assert.Equal(new DateOnly(2025, 10, 3), protocol.Date);
    }

    [Fact]
    public void Parse_OnlyIsoDateUnderTitle_GivesTheDate()
    {
        var protocol = ProtocolTextParser.Parse(ProtocolText.With(
            heading: ProtocolText.Heading + "Helsingborg 2025-06-13 christian.dahlmann@familjenhelsingborg.se\n",
            timeAndPlace: "Tid och plats: 08.30-12:00 på Mindpark.\n"));

        Assert.Equal(new DateOnly(2025, 6, 13), protocol.Date);
        Assert.Equal("Mindpark", protocol.Location);
    }

    [Fact]
    public void Parse_SeparateTimeAndPlaceLabels_AreRead()
    {
        var protocol = ProtocolTextParser.Parse(ProtocolText.With(timeAndPlace: "Tid: Den 13 juni 2025 kl. 8:30–12:00\nPlats: Mindpark, Helsingborg. Mötesrum Studion.\n"));

        Assert.Equal((new TimeOnly(8, 30), "Mindpark, Helsingborg", "Studion"), (protocol.Start, protocol.Location, protocol.Room));
    }

    [Fact]
    public void Parse_DateWithoutYear_TakesTheProtocolsYear()
    {
        var protocol = ProtocolTextParser.Parse(ProtocolText.With(timeAndPlace: "Tid och plats: Fredag 13 juni, 08.30-12:00, Mindpark, Helsingborg.\n"));

        Assert.Equal(new DateOnly(2025, 6, 13), protocol.Date);
        Assert.Equal("Mindpark, Helsingborg", protocol.Location);
    }
}
