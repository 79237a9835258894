using MeetingBot.Core.Assignments;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Decisions;
using MeetingBot.Core.Protocols;
using MeetingBot.Core.Questions;
using static MeetingBot.Core.Tests.Decisions.SampleProtocols;

namespace MeetingBot.Core.Tests.Questions;

/// <summary>Questions about assignments, answered from the register with protocol, § and date.</summary>
public sealed class AssignmentQuestionTests
{
    private static readonly TrackedAssignment[] Assignments =
    [
        new(1, new Assignment(5, 2025, 4, 1, "sekretariatschef", "försätta dialog med berörda", null, null), false, null, null),
        new(2, new Assignment(7, 2025, 3, 0, "sekretariatet", "ta fram ett gemensamt yttrande över trafikplanen", new DateOnly(2025, 10, 31), "till styrelsemötet den 31 oktober"), false, null, null),
        new(3, new Assignment(7, 2025, 3, 1, "sekretariatet", "boka lokal", new DateOnly(2025, 10, 1), "senast den 1 oktober"), true, "Christian Dahlmann", null),
        new(4, new Assignment(7, 2025, 3, 2, "varje kommun", "utser en kontaktperson", new DateOnly(2025, 10, 15), "senast den 15 oktober"), false, null, null),
    ];

    private static readonly Protocol[] Protocols = [June2025, September2025];

    private static QuestionContext Context(IReadOnlyList<TrackedAssignment>? assignments = null) =>
        new(DecisionRegister.Build(Protocols), Protocols, [], new DateTimeOffset(2025, 9, 20, 8, 0, 0, TimeSpan.Zero), assignments ?? Assignments);

    [Fact]
    public void Answer_WhichAreOpen_ListsOpenOnesSoonestFirstWithCitations()
    {
        var answer = QuestionAnswerer.Answer("Vilka uppdrag är öppna?", Context());

        Assert.Equal(AnswerKind.Assignments, answer.Kind);
        Assert.Equal(["varje kommun", "sekretariatet", "sekretariatschef"], answer.Answers.Cast<AssignmentAnswer>().Select(a => a.Owner));
        Assert.Contains(
            "Protokoll nr 7 2025, § 3, 19 september 2025\nsekretariatet: ta fram ett gemensamt yttrande över trafikplanen – senast 31 oktober 2025 (till styrelsemötet den 31 oktober)",
            answer.Text, StringComparison.Ordinal);
        Assert.Contains("Protokoll nr 5 2025, § 4, 13 juni 2025\nsekretariatschef: försätta dialog med berörda", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("boka lokal", answer.Text, StringComparison.Ordinal);
        Assert.StartsWith("Öppna uppdrag (3)", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_WhatHasTheSecretariatBeenGiven_OnlyItsAssignmentsDoneOnesMarked()
    {
        var answer = QuestionAnswerer.Answer("Vad har sekretariatet fått i uppdrag?", Context());

        var owners = answer.Answers.Cast<AssignmentAnswer>().Select(a => (a.Owner, a.Task, a.Status)).ToList();
        Assert.Equal(
            [("sekretariatet", "boka lokal", "done"), ("sekretariatet", "ta fram ett gemensamt yttrande över trafikplanen", "open")],
            owners);
        Assert.Contains("boka lokal – senast 1 oktober 2025 (senast den 1 oktober) – klart", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_InEnglish_FrameIsEnglishAndTasksStayAsDecided()
    {
        var answer = QuestionAnswerer.Answer("Vilka uppdrag är öppna?", Context(), CardLanguage.English);

        Assert.StartsWith("Open assignments (3), soonest due first:\n\nProtocol no. 7 2025, § 3,", answer.Text, StringComparison.Ordinal);
        Assert.Contains("sekretariatet: ta fram ett gemensamt yttrande över trafikplanen – due 31 October 2025", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_QuestionAboutADecision_StillSearchesTheDecisions()
    {
        var answer = QuestionAnswerer.Answer("Vad beslutades om traineeprojektet?", Context());

        Assert.Equal(AnswerKind.Decisions, answer.Kind);
    }

    [Fact]
    public void Answer_NoAssignmentsStored_IsNotAnAssignmentAnswer()
    {
        var answer = QuestionAnswerer.Answer("Vilka uppdrag är öppna?", Context([]));

        Assert.NotEqual(AnswerKind.Assignments, answer.Kind);
    }

    [Fact]
    public void Serialize_AssignmentAnswer_KeepsTheAskJsonShape()
    {
        var answer = QuestionAnswerer.Answer("Vad har varje kommun fått i uppdrag?", Context());

        Assert.Contains(
            "\"answers\":[{\"protocol\":\"7/2025\",\"item\":3,\"date\":\"" + September2025.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            + "\",\"owner\":\"varje kommun\",\"task\":\"utser en kontaktperson\",\"due\":\"2025-10-15\",\"dueText\":\"senast den 15 oktober\",\"status\":\"open\"}]",
            AnswerJson.Serialize(answer), StringComparison.Ordinal);
    }
}
