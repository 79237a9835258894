using MeetingBot.Core.Meetings;

namespace MeetingBot.Core.Tests.Meetings;

public sealed class DecisionClausesTests
{
    [Fact]
    public void Normalise_ClauseWithoutAtt_AttAdded()
    {
        Assert.Equal(["att tacka för informationen", "att godkänna förslaget"], DecisionClauses.Normalise(["tacka för informationen", "  att godkänna förslaget ", " "]));
    }

    [Fact]
    public void FromText_WrappedClauseAndList_JoinedIntoTheirClause()
    {
        var text = "att uppdra åt sekretariatet att återkomma\nmed en plan:\n- en tidplan\n- en budget\natt tacka för informationen";

        Assert.Equal(
            ["att uppdra åt sekretariatet att återkomma med en plan:\n- en tidplan\n- en budget", "att tacka för informationen"],
            DecisionClauses.FromText(text));
    }
}
