using MeetingBot.Core.Decisions;
using static MeetingBot.Core.Tests.Decisions.SampleProtocols;

namespace MeetingBot.Core.Tests.Decisions;

public sealed class DecisionRegisterTests
{
    private static readonly DecisionRegister Register = DecisionRegister.Build([June2025, September2025]);

    [Fact]
    public void Build_TwoProtocols_HoldsEveryAttClause() => Assert.Equal(6, Register.Entries.Count);

    [Fact]
    public void Build_SameProtocolTwice_KeepsOnlyTheLaterImport()
    {
        var corrected = June2025 with { Items = [Item(7, "Idrottsgala 2026", null, "att avvakta")] };

        var register = DecisionRegister.Build([June2025, corrected]);

        Assert.Equal("att avvakta", Assert.Single(register.Entries).Decision);
    }

    [Theory]
    [InlineData("Vad beslutades om idrottsgalan?")]
    [InlineData("idrottsgala")]
    [InlineData("Vad sa vi om galan?")]
    public void Search_InflectedSubject_FindsBothMeetingsMostRecentFirst(string question)
    {
        var hits = Register.Search(question);

        Assert.Equal([(7, 3), (5, 7)], hits.Select(h => (h.Entry.ProtocolNumber, h.Entry.ItemNumber)).Distinct());
        Assert.Equal("att idrottsgalan genomförs i mars 2026", hits[0].Entry.Decision);
    }

    [Fact]
    public void Search_TraineeprojektetDefinite_QuotesTheDecisionExactly()
    {
        var hit = Assert.Single(Register.Search("Vad beslutades om traineeprojektet?"));

        Assert.Equal("att projektet ”Arbetsgivarvarumärke Familjen Helsingborg” blir traineeprojekt för traineegrupp 20", hit.Entry.Decision);
        Assert.Equal((5, 2025, 8), (hit.Entry.ProtocolNumber, hit.Entry.ProtocolYear, hit.Entry.ItemNumber));
    }

    [Theory]
    [InlineData("Vad sa vi om SKR och Arbetsförmedlingen?")]
    [InlineData("arbetsmarknad")]
    [InlineData("försöksverksamheten")]
    public void Search_ItemFourWords_GivesBothClausesInOrder(string question)
    {
        var hits = Register.Search(question);

        Assert.Equal([0, 1], hits.Select(h => h.Entry.ClauseIndex));
        Assert.All(hits, h => Assert.Equal(4, h.Entry.ItemNumber));
    }

    [Theory]
    [InlineData("Vad beslutades om kollektivtrafiken?")]
    [InlineData("Vad beslutades?")]
    [InlineData("")]
    public void Search_NothingMatches_ReturnsNothing(string question) => Assert.Empty(Register.Search(question));

    [Fact]
    public void Search_EmptyRegister_ReturnsNothing() => Assert.Empty(DecisionRegister.Empty.Search("idrottsgalan"));
}
