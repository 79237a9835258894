using MeetingBot.Core.Protocols.Import;

namespace MeetingBot.Core.Tests.Protocols;

/// <summary>The compatibility characters of PDF text layers become the plain text people type.</summary>
public sealed class CompatibilityCharactersTests
{
    [Theory]
    [InlineData("att ﬁnansiera traﬁkplanen", "att finansiera trafikplanen")]
    [InlineData("ﬂygplats, eﬀekt, eﬃcient, baﬄe, ﬅ, ﬆ", "flygplats, effekt, efficient, baffle, st, st")]
    public void Normalise_Ligatures_BecomeTheirLetters(string text, string expected) =>
        Assert.Equal(expected, Single(text));

    [Theory]
    [InlineData("8:30\u00A0–\u202F13:00")]
    [InlineData("8:30\u2002–\u200A13:00")]
    [InlineData("8:30\u205F–\u300013:00")]
    [InlineData("8:30\u2007–\u2009\u200913:00")]
    public void Normalise_UnusualSpaces_BecomeOneSpace(string text) =>
        Assert.Equal("8:30 – 13:00", Single(text));

    [Fact]
    public void Normalise_ZeroWidthCharacters_AreDropped() =>
        Assert.Equal("trafikplanen", Single("traf\u200Bik\u200Cpla\u200Dnen\u2060\uFEFF"));

    [Fact]
    public void Normalise_SoftHyphenAtLineEnd_JoinsTheWord()
    {
        var lines = LineNormaliser.Normalise("att anta traf\u00AD\n  ikplanen för 2026\r\nsamt kommunika\u00AD \r\ntionen");

        Assert.Equal(["att anta trafikplanen för 2026", "samt kommunikationen"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Normalise_SoftHyphenInsideALine_IsDropped() =>
        Assert.Equal("trafikplanen", Single("trafik\u00ADplanen"));

    [Theory]
    [InlineData("Mötet beslutar att höja anslaget med ½ miljon")]
    [InlineData("Lokalen är 120 m² på Ängelholmsvägen, Åstorp")]
    [InlineData("sammanträder 8:30 – 13:00 på ”Mindpark” … i Örkelljunga")]
    public void Normalise_SwedishLettersFractionsSuperscriptsAndDashes_StayAsTheyAre(string text) =>
        Assert.Equal(text, Single(text));

    private static string Single(string text) => Assert.Single(LineNormaliser.Normalise(text)).Text;
}
