using MeetingBot.Core.Decisions;
using MeetingBot.Core.Questions;
using static MeetingBot.Core.Tests.Decisions.SampleProtocols;

namespace MeetingBot.Core.Tests.Questions;

/// <summary>The register marks the decisions of a justerat protocol, and an answer cites them as "(justerat)".</summary>
public sealed class JusteratCitationTests
{
    private static QuestionContext Context(IReadOnlySet<string>? justerade) => new(
        DecisionRegister.Build([June2025, September2025], justerade), [June2025, September2025], [], new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Answer_DecisionOfAJusteratProtocol_IsCitedAsJusterat()
    {
        var answer = QuestionAnswerer.Answer("Vad beslutades om traineeprojektet?", Context(new HashSet<string> { "5/2025" }));

        Assert.True(Assert.IsType<DecisionAnswer>(Assert.Single(answer.Answers)).Justerat);
        Assert.Contains("Protokoll nr 5 2025, § 8, 13 juni 2025 (justerat)", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_DecisionOfAProtocolNotJusterat_CarriesNoMark()
    {
        var answer = QuestionAnswerer.Answer("Vad beslutades om traineeprojektet?", Context(null));

        Assert.False(Assert.IsType<DecisionAnswer>(Assert.Single(answer.Answers)).Justerat);
        Assert.DoesNotContain("(justerat)", answer.Text, StringComparison.Ordinal);
    }
}
