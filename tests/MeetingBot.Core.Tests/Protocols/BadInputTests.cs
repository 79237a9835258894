using MeetingBot.Core.Protocols.Import;

namespace MeetingBot.Core.Tests.Protocols;

/// <summary>Input that is not a whole protocol fails with one line naming what is missing.</summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData("", "the protocol is empty")]
    [InlineData(" \n\t\n ", "the protocol is empty")]
    [InlineData("Hej!\nVi ses på fredag.", "not a protocol: found no heading \"Protokoll nr <number> <year>\"")]
    public void Parse_NotAProtocol_ThrowsNamingWhy(string text, string message)
    {
        Assert.Equal(message, Assert.Throws<DomainException>(() => ProtocolTextParser.Parse(text)).Message);
    }

    [Fact]
    public void Parse_NoTitle_ThrowsNamingTitle()
    {
        var text = ProtocolText.With(heading: "Protokoll nr 5 2025\n");

        Assert.Equal("the protocol has no title on the line after \"Protokoll nr …\"", Assert.Throws<DomainException>(() => ProtocolTextParser.Parse(text)).Message);
    }

    [Fact]
    public void Parse_NoTime_ThrowsNamingTime()
    {
        var text = ProtocolText.With(timeAndPlace: "Tid och plats: Den 13 juni 2025 på Mindpark.\n");

        Assert.StartsWith("the protocol has no meeting time", Assert.Throws<DomainException>(() => ProtocolTextParser.Parse(text)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoPlace_ThrowsNamingPlace()
    {
        var text = ProtocolText.With(timeAndPlace: "Tid och plats: Den 13 juni 2025 08.30-12:00.\n");

        Assert.StartsWith("the protocol has no meeting place", Assert.Throws<DomainException>(() => ProtocolTextParser.Parse(text)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoDate_ThrowsNamingDate()
    {
        var text = ProtocolText.With(timeAndPlace: "Tid och plats: 08.30-12:00 på Mindpark.\n");

        Assert.StartsWith("the protocol has no meeting date", Assert.Throws<DomainException>(() => ProtocolTextParser.Parse(text)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("25:00-26:00", "the time range \"25:00-26:00\" is not a valid clock time")]
    [InlineData("12:00-08:30", "the time range \"12:00-08:30\" ends before it starts")]
    public void Parse_ImpossibleTimes_ThrowNamingThem(string range, string message)
    {
        var text = ProtocolText.With(timeAndPlace: $"Tid och plats: Den 13 juni 2025 {range} på Mindpark.\n");

        Assert.Equal(message, Assert.Throws<DomainException>(() => ProtocolTextParser.Parse(text)).Message);
    }

    [Fact]
    public void Parse_ImpossibleDate_ThrowsNamingIt()
    {
        var text = ProtocolText.With(timeAndPlace: "Tid och plats: Den 31 juni 2025 08.30-12:00 på Mindpark.\n");

        Assert.Equal("the meeting date \"31 juni 2025\" does not exist in 2025", Assert.Throws<DomainException>(() => ProtocolTextParser.Parse(text)).Message);
    }

    [Fact]
    public void Parse_NoAttendance_ThrowsNamingAttendance()
    {
        var text = ProtocolText.With(attendance: string.Empty);

        Assert.Equal("the protocol has no attendance list (\"Närvarande:\")", Assert.Throws<DomainException>(() => ProtocolTextParser.Parse(text)).Message);
    }

    [Fact]
    public void Parse_EmptyAttendance_ThrowsNamingIt()
    {
        var text = ProtocolText.With(attendance: "Närvarande:\n");

        Assert.Equal("the attendance list (\"Närvarande:\") names nobody", Assert.Throws<DomainException>(() => ProtocolTextParser.Parse(text)).Message);
    }

    [Fact]
    public void Parse_TruncatedBeforeItems_ThrowsNamingItems()
    {
        var seed = Fixture.SeedText();
        var truncated = seed[..seed.IndexOf("1. Mötets öppnande", StringComparison.Ordinal)];

        Assert.Equal(
            "the protocol has no numbered items after the attendance list (expected \"1. …\"); is it cut short?",
            Assert.Throws<DomainException>(() => ProtocolTextParser.Parse(truncated)).Message);
    }

    [Fact]
    public void Import_NulBytes_ThrowsBinary()
    {
        Assert.Equal(
            "the file is binary, not a protocol (expected a PDF or UTF-8 text)",
            Assert.Throws<DomainException>(() => ProtocolImporter.Import(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 })).Message);
    }

    [Fact]
    public void Import_Latin1Text_ThrowsNotUtf8()
    {
        var latin1 = System.Text.Encoding.Latin1.GetBytes(ProtocolText.With());

        Assert.StartsWith("the file is not UTF-8 text", Assert.Throws<DomainException>(() => ProtocolImporter.Import(latin1)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_EmptyFile_ThrowsEmpty()
    {
        Assert.Equal("the file is empty", Assert.Throws<DomainException>(() => ProtocolImporter.Import(ReadOnlyMemory<byte>.Empty)).Message);
    }

    [Fact]
    public void Import_Utf8WithBom_IsRead()
    {
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(ProtocolText.With())).ToArray();

        Assert.Equal(5, ProtocolImporter.Import(bytes).Number);
    }
}
