using MeetingBot.Core.Protocols;

namespace MeetingBot.Tests.Assignments;

/// <summary>Protocol 6/2025 with the assignment the JSON contract names, and variants of it.</summary>
internal static class AssignmentProtocols
{
    public const string Commission =
        "att uppdra till sekretariatet att ta fram ett gemensamt yttrande över trafikplanen till styrelsemötet den 31 oktober";

    public static Protocol September2025(params string[] item2Decisions) => new(
        6,
        2025,
        "Kommundirektörsmöte i Familjen Helsingborg",
        new DateOnly(2025, 9, 19),
        new TimeOnly(8, 30),
        new TimeOnly(12, 0),
        "Mindpark, Bredgatan 11, Helsingborg",
        null,
        [new("Kristina Magnusson", "Bjuv"), new("Christian Dahlmann", "sekretariatet")],
        [],
        [
            new(1, "Mötets öppnande", null, [], [], []),
            new(2, "Trafikplanen", null, [], [], item2Decisions.Length == 0 ? ["att tacka för informationen", Commission] : item2Decisions),
            new(3, "Kontaktpersoner", null, [], [], ["att varje kommun utser en kontaktperson senast den 15 oktober"]),
        ]);
}
