namespace MeetingBot.Core.Decisions;

/// <summary>A decision that answers a question, with how many of the question's subject words it covers.</summary>
public sealed record DecisionSearchHit(DecisionEntry Entry, int Coverage, double Score);
