using MeetingBot.Core.Meetings;

namespace MeetingBot.Core.Tests.Meetings;

public sealed class DecisionClausesTests
{
    [Fact]
    public void Normalise_ClauseWithoutAtt_AttAdded()
    {
        Assert.Equal(["att tacka för informationen", "att godkänna förslaget"], DecisionClauses.Normalise(["tacka för informationen", "  att godkänna förslaget ", " "]));
    }
}
