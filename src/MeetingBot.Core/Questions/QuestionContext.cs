using MeetingBot.Core.Assignments;
using MeetingBot.Core.Decisions;
using MeetingBot.Core.Protocols;
using MeetingBot.Core.Series;

namespace MeetingBot.Core.Questions;

/// <summary>What the bot knows when it answers: the register, the protocols, the series, the time and the assignments.</summary>
public sealed record QuestionContext(
    DecisionRegister Register,
    IReadOnlyList<Protocol> Protocols,
    IReadOnlyList<PlannedMeeting> Meetings,
    DateTimeOffset Now,
    IReadOnlyList<TrackedAssignment>? Assignments = null);
