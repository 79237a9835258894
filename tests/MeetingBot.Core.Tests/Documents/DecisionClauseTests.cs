using MeetingBot.Core.Documents;

namespace MeetingBot.Core.Tests.Documents;

public sealed class DecisionClauseTests
{
    [Fact]
    public void Parse_ClauseWithList_SplitsTextFromEntries()
    {
        var clause = DecisionClause.Parse("att sammanträda på följande datum:\n- 23 januari\n- 27 februari");

        Assert.Equal("att sammanträda på följande datum:", clause.Text);
        Assert.Equal(["23 januari", "27 februari"], clause.Entries);
    }

    [Fact]
    public void Parse_ClauseWithoutList_KeepsTheTextWhole()
    {
        var clause = DecisionClause.Parse("att tacka för informationen");

        Assert.Equal("att tacka för informationen", clause.Text);
        Assert.Empty(clause.Entries);
    }

    [Fact]
    public void Parse_HyphenInsideTheText_IsNoListEntry()
    {
        var clause = DecisionClause.Parse("att ge Familjen Helsingborg- och SKR-gruppen uppdraget");

        Assert.Empty(clause.Entries);
    }
}
