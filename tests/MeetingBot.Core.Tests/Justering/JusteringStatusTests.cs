using MeetingBot.Core.Justering;

namespace MeetingBot.Core.Tests.Justering;

public sealed class JusteringStatusTests
{
    private static readonly Signatory Kristina = new(1, "Kristina Magnusson", "Bjuv");
    private static readonly Signatory Tomas = new(2, "Tomas Rikse", "Klippan");
    private static readonly DateTimeOffset At = new(2026, 1, 26, 9, 0, 0, TimeSpan.Zero);
    private const string V1 = "aaaa";
    private const string V2 = "bbbb";

    [Fact]
    public void IsComplete_EverySignatoryApprovedTheCurrentHash_IsTrue()
    {
        var status = new JusteringStatus([Kristina, Tomas], V2, [new(1, JusteringVerdict.Approved, V2, At), new(2, JusteringVerdict.Approved, V2, At)]);

        Assert.True(status.IsComplete);
    }

    [Fact]
    public void States_ApprovalOfAnOlderHash_NoLongerCounts()
    {
        var status = new JusteringStatus([Kristina, Tomas], V2, [new(1, JusteringVerdict.Approved, V1, At), new(2, JusteringVerdict.Approved, V2, At)]);

        Assert.False(status.IsComplete);
        Assert.Equal([SignatoryStanding.Waiting, SignatoryStanding.Approved], status.States.Select(s => s.Standing));
    }

    [Fact]
    public void States_ApprovalAfterAChangeRequestOnTheSameHash_TheLatestCounts()
    {
        var status = new JusteringStatus([Kristina], V1, [new(1, JusteringVerdict.ChangeRequested, V1, At, "fel"), new(1, JusteringVerdict.Approved, V1, At.AddMinutes(5))]);

        Assert.True(status.IsComplete);
    }

    [Fact]
    public void IsComplete_NoSignatories_IsFalse() => Assert.False(new JusteringStatus([], V1, []).IsComplete);

    [Fact]
    public void Match_UnknownName_IsReportedNeverGuessed()
    {
        var match = SignatoryNames.Match(SignatoryNames.Split("kristina  magnusson, Kalle Anka och Tomas Rikse"), [Kristina, Tomas]);

        Assert.Equal([Kristina, Tomas], match.Signatories);
        Assert.Equal(["Kalle Anka"], match.Unknown);
    }
}
