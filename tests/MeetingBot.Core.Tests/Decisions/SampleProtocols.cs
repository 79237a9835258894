using MeetingBot.Core.Protocols;

namespace MeetingBot.Core.Tests.Decisions;

/// <summary>Small protocols in the customer's style, written for the register's tests.</summary>
internal static class SampleProtocols
{
    public static Protocol June2025 { get; } = Make(5, new DateOnly(2025, 6, 13),
        Item(4, "Försöksverksamhet på arbetsmarknadsområdet", "Lägesrapport om dialogen med SKR.",
            "att tacka för informationen",
            "att uppdra till sekretariatschef att försätta dialog med berörda om att återuppta dialog med SKR och Arbetsförmedling om försöksverksamhet på arbetsmarknadsområdet"),
        Item(7, "Idrottsgala 2026", "Återrapportering om en regional idrottsgala i Nordvästra Skåne.", "att tacka för informationen"),
        Item(8, "Traineeprojekt 2025/2026", "Presentation av sekretariatets förslag på traineeprojekt för traineegrupp 20.",
            "att projektet ”Arbetsgivarvarumärke Familjen Helsingborg” blir traineeprojekt för traineegrupp 20"));

    public static Protocol September2025 { get; } = Make(7, new DateOnly(2025, 9, 19),
        Item(3, "Idrottsgalan – val av datum", "Fritidschefsnätverket föreslår datum för galan.",
            "att idrottsgalan genomförs i mars 2026"),
        Item(4, "Budget 2026", null, "att godkänna förslaget till budget"));

    public static Protocol Make(int number, DateOnly date, params ProtocolItem[] items) =>
        new(number, date.Year, "Kommundirektörsmöte i Familjen Helsingborg", date, new TimeOnly(8, 30), new TimeOnly(12, 0),
            "Mindpark, Bredgatan 11, Helsingborg", "Studion",
            [new Participant("Kristina Magnusson", "Bjuv"), new Participant("Christian Dahlmann", "sekretariatet")],
            [new Participant("Tomas Rikse", "Klippan")],
            items);

    public static ProtocolItem Item(int number, string title, string? summary, params string[] decisions) =>
        new(number, title, summary, ["Christian Dahlmann, sekretariatet, Familjen Helsingborg"], [], decisions);
}
