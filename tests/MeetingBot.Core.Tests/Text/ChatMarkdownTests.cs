using MeetingBot.Core.Text;

namespace MeetingBot.Core.Tests.Text;

public sealed class ChatMarkdownTests
{
    [Fact]
    public void Format_DecisionAnswer_KeepsEachLineOnItsOwnLine()
    {
        var text = "Så här beslutade mötet:\n\nProtokoll nr 5 2025, § 7, 13 juni 2025 – Idrottsgala 2026\nMötet beslutade\natt tacka för informationen";

        Assert.Equal(
            "Så här beslutade mötet:\n\nProtokoll nr 5 2025, § 7, 13 juni 2025 – Idrottsgala 2026  \nMötet beslutade  \natt tacka för informationen",
            ChatMarkdown.Format(text));
    }

    [Fact]
    public void Format_LinesStartingWithADash_AreAListApartFromTheTextAround()
    {
        var text = "Dina kommande möten:\n- 23 januari 2026 08:30, Mindpark: du kommer\n- 20 februari 2026 08:30, Mindpark: inte svarat\nSvara på kortet.";

        Assert.Equal(
            "Dina kommande möten:\n\n- 23 januari 2026 08:30, Mindpark: du kommer\n- 20 februari 2026 08:30, Mindpark: inte svarat\n\nSvara på kortet.",
            ChatMarkdown.Format(text));
    }

    [Theory]
    [InlineData("1. Mötets öppnande", "1\\. Mötets öppnande")]
    [InlineData("2) Val av justerare", "2\\) Val av justerare")]
    [InlineData("# 5", "\\# 5")]
    [InlineData("+ plus", "\\+ plus")]
    [InlineData("Budget *preliminär* för _alla_ kommuner", "Budget \\*preliminär\\* för \\_alla\\_ kommuner")]
    [InlineData("ändra dagordning <datum>", "ändra dagordning \\<datum\\>")]
    [InlineData("> citat", "\\> citat")]
    [InlineData("Kostnad 1.5 mnkr, § 7", "Kostnad 1.5 mnkr, § 7")]
    public void Format_ProtocolText_IsEscapedToShowAsWritten(string text, string expected)
    {
        Assert.Equal(expected, ChatMarkdown.Format(text));
    }

    [Fact]
    public void Format_WebAddress_BecomesALinkWithItsUnderscoresIntact()
    {
        Assert.Equal(
            "Word-filen: <https://bot.example/protocols/12.docx?sig=a_b*c>.",
            ChatMarkdown.Format("Word-filen: https://bot.example/protocols/12.docx?sig=a_b*c."));
    }

    [Fact]
    public void Format_WindowsLineEndsAndExtraBlankLines_AreOneParagraphBreak()
    {
        Assert.Equal("Ett\n\nTvå  \nTre", ChatMarkdown.Format("Ett\r\n\r\n\r\nTvå\r\nTre\r\n"));
    }
}
