namespace MeetingBot.Core.Protocols.Import;

/// <summary>What a protocol says before its attendance list: which meeting, when and where.</summary>
internal sealed record ProtocolHeader(
    int Number,
    int Year,
    string Title,
    DateOnly Date,
    TimeOnly Start,
    TimeOnly End,
    string Location,
    string? Room);
