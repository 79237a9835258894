using MeetingBot.Core.Meetings;

namespace MeetingBot.Core.Tests.Meetings;

public sealed class ProtocolNumberingTests
{
    [Fact]
    public void Next_AfterImportedNr5_Is6()
    {
        Assert.Equal(6, ProtocolNumbering.Next([5]));
    }

    [Fact]
    public void Next_FirstOfTheYear_Is1()
    {
        Assert.Equal(1, ProtocolNumbering.Next([]));
    }

    [Fact]
    public void Next_GapInNumbers_ContinuesAfterTheHighest()
    {
        Assert.Equal(8, ProtocolNumbering.Next([2, 7, 3]));
    }
}
