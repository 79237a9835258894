namespace MeetingBot.Core.Protocols;

/// <summary>A person named in a protocol's attendance lists, with the organisation they represent.</summary>
public sealed record Participant(string Name, string Organisation);
