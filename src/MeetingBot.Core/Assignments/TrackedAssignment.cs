namespace MeetingBot.Core.Assignments;

/// <summary>An assignment as the register keeps it: its id (what "uppdrag klart N" names) and whether it is done.</summary>
public sealed record TrackedAssignment(int Id, Assignment Assignment, bool Done, string? DoneBy, DateTimeOffset? DoneAt)
{
    public string Status => Done ? "done" : "open";
}
