using MeetingBot.Core.Questions;

namespace MeetingBot.Core.Tests.Questions;

public sealed class GroundedPromptTests
{
    private static readonly DecisionAnswer[] Sources =
    [
        new("5/2025", 8, new DateOnly(2025, 6, 13), "Traineeprojekt 2025/2026",
            "att projektet ”Arbetsgivarvarumärke Familjen Helsingborg” blir traineeprojekt för traineegrupp 20"),
    ];

    [Fact]
    public void IsGrounded_EverySentenceCitesASource_IsAccepted() =>
        Assert.True(GroundedPrompt.IsGrounded(
            "Mötet valde ”Arbetsgivarvarumärke Familjen Helsingborg” som traineeprojekt (Protokoll nr 5 2025, § 8). " +
            "Projektet gäller traineegrupp 20 (Protokoll nr 5 2025, § 8).", Sources));

    [Fact]
    public void IsGrounded_OneSentenceWithoutCitation_IsRejected() =>
        Assert.False(GroundedPrompt.IsGrounded(
            "Mötet valde ett traineeprojekt (Protokoll nr 5 2025, § 8). Det blev mycket uppskattat.", Sources));

    [Fact]
    public void IsGrounded_CitesAParagraphThatWasNotASource_IsRejected() =>
        Assert.False(GroundedPrompt.IsGrounded("Mötet beslutade om budgeten (Protokoll nr 5 2025, § 9).", Sources));

    [Fact]
    public void IsGrounded_EmptyReply_IsRejected() => Assert.False(GroundedPrompt.IsGrounded("  ", Sources));

    [Fact]
    public void Sources_ListsEachDecisionWithItsCitation() =>
        Assert.Contains("- Protokoll nr 5 2025, § 8, 13 juni 2025 – Traineeprojekt 2025/2026: att projektet", GroundedPrompt.Sources("Vad?", Sources));
}
