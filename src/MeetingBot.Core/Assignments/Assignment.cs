namespace MeetingBot.Core.Assignments;

/// <summary>
/// Work a decision gives someone: "att uppdra till sekretariatet att ta fram … till styrelsemötet den 31 oktober".
/// <see cref="Owner"/> and <see cref="Task"/> are as the protocol writes them; <see cref="Due"/> is null when
/// the words name no date that can be resolved (or there are none), <see cref="DueText"/> keeps those words.
/// <see cref="Clause"/> is the att-clause's place among its item's decisions, from 0.
/// </summary>
public sealed record Assignment(
    int ProtocolNumber,
    int ProtocolYear,
    int Item,
    int Clause,
    string Owner,
    string Task,
    DateOnly? Due,
    string? DueText)
{
    /// <summary>"6/2025", as citations name the protocol.</summary>
    public string Protocol => $"{ProtocolNumber}/{ProtocolYear}";
}
