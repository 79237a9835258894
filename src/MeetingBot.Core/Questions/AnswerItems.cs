using System.Text.Json.Serialization;
using MeetingBot.Core.Protocols;

namespace MeetingBot.Core.Questions;

/// <summary>One cited fact in an answer. The JSON shape of each kind is a contract of <c>ask --json</c>.</summary>
[JsonDerivedType(typeof(DecisionAnswer))]
[JsonDerivedType(typeof(AttendanceAnswer))]
[JsonDerivedType(typeof(MeetingAnswer))]
[JsonDerivedType(typeof(AssignmentAnswer))]
public abstract record AnswerItem;

/// <summary>A decision quoted word for word: <c>{"protocol":"5/2025","item":8,"date":"2025-06-13","title":…,"decision":"att …"}</c>.</summary>
public sealed record DecisionAnswer(string Protocol, int Item, DateOnly Date, string Title, string Decision) : AnswerItem
{
    /// <summary>The protocol is justerat; written only when true, so the JSON of other answers is unchanged.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Justerat { get; init; }
}

/// <summary>Who was there and who sent apologies, from a protocol's lists.</summary>
public sealed record AttendanceAnswer(string Protocol, DateOnly Date, IReadOnlyList<Participant> Present, IReadOnlyList<Participant> Absent) : AnswerItem;

/// <summary>A coming meeting of the series, in local time.</summary>
public sealed record MeetingAnswer(DateOnly Date, TimeOnly Start, TimeOnly End) : AnswerItem;

/// <summary>
/// An assignment from a decision, cited by protocol, § and the protocol's date: owner and task as
/// written, <c>due</c> null when the words name no date, <c>status</c> open or done.
/// </summary>
public sealed record AssignmentAnswer(string Protocol, int Item, DateOnly Date, string Owner, string Task, DateOnly? Due, string? DueText, string Status) : AnswerItem;
