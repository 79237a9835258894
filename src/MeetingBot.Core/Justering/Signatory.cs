namespace MeetingBot.Core.Justering;

/// <summary>A roster member named to approve (justera) a protocol: chair, justerare, secretary or any member.</summary>
public sealed record Signatory(int MemberId, string Name, string Organisation);
