using MeetingBot.Core.Text;

namespace MeetingBot.Core.Tests.Text;

public sealed class SwedishStemmerTests
{
    [Theory]
    [InlineData("idrottsgalan", "idrottsgala")]
    [InlineData("idrottsgalans", "idrottsgala")]
    [InlineData("idrottsgalor", "idrottsgala")]
    [InlineData("traineeprojektet", "traineeprojekt")]
    [InlineData("arbetsförmedlingen", "arbetsförmedling")]
    [InlineData("kommundirektörsgruppens", "kommundirektörsgrupp")]
    [InlineData("informationen", "information")]
    public void Stem_InflectedForm_GivesTheBaseFormsStem(string inflected, string expected) =>
        Assert.Equal(expected, SwedishStemmer.Stem(inflected));

    [Theory]
    [InlineData("idrottsgala")]
    [InlineData("traineeprojekt")]
    [InlineData("arbetsförmedling")]
    [InlineData("skr")]
    public void Stem_BaseForm_StaysAsItIs(string word) => Assert.Equal(word, SwedishStemmer.Stem(word));

    [Fact]
    public void Stem_ShortWord_IsNeverCutBelowTheMinimum() =>
        Assert.Equal("bil", SwedishStemmer.Stem("bil"));
}
