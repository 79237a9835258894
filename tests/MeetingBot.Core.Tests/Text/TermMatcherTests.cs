using MeetingBot.Core.Text;

namespace MeetingBot.Core.Tests.Text;

public sealed class TermMatcherTests
{
    [Theory]
    [InlineData("arbetsmarknad", "arbetsmarknadsområdet")]
    [InlineData("gala", "idrottsgala")]
    [InlineData("idrottsgalan", "idrottsgala")]
    [InlineData("traineeprojektet", "traineeprojekt")]
    [InlineData("arbetsförmedlingen", "arbetsförmedling")]
    [InlineData("försvaret", "försvar")]
    public void Match_InflectionOrCompoundPart_Matches(string question, string document) =>
        Assert.True(TermMatcher.Match(SwedishStemmer.Stem(question), SwedishStemmer.Stem(document)) > 0);

    [Theory]
    [InlineData("gala", "galleri")]
    [InlineData("rad", "förbundsordförande")]
    [InlineData("2025", "2026")]
    [InlineData("trafik", "traineeprojekt")]
    public void Match_UnrelatedWords_DoNotMatch(string question, string document) =>
        Assert.Equal(0, TermMatcher.Match(SwedishStemmer.Stem(question), SwedishStemmer.Stem(document)));

    [Fact]
    public void Match_SameStem_ScoresAboveCompoundPart() =>
        Assert.True(TermMatcher.Match("idrottsgala", "idrottsgala") > TermMatcher.Match("gala", "idrottsgala"));
}
