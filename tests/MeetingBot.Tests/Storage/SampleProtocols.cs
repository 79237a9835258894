using MeetingBot.Core.Protocols;

namespace MeetingBot.Tests.Storage;

/// <summary>Protocols shaped like the customer's (tests/Fixtures), small enough to compare whole.</summary>
internal static class SampleProtocols
{
    public static Protocol June2025() => new(
        5,
        2025,
        "Kommundirektörsmöte i Familjen Helsingborg",
        new DateOnly(2025, 6, 13),
        new TimeOnly(8, 30),
        new TimeOnly(12, 0),
        "Mindpark, Bredgatan 11, Helsingborg",
        "Studion",
        [new("Kristina Magnusson", "Bjuv"), new("Åsa Simonsson", "Svalöv"), new("Christian Dahlmann", "sekretariatet")],
        [new("Tomas Rikse", "Klippan")],
        [
            new(1, "Mötets öppnande och incheckning", null, [], [], []),
            new(2, "Civilt försvar och krisberedskap", "Länsstyrelsen har tagit fram en struktur för samverkan.",
                ["Kajsa Helmbring, försvarsdirektör, Länsstyrelsen Skåne"], [], ["att tacka för informationen"]),
            new(4, "Gemensam upphandling", "Förslag om samordning.", ["Anna Andersson", "Bo Berg"], ["Bilaga 1"],
                ["att godkänna förslaget", "att uppdra åt sekretariatet att återkomma med:\n- en tidplan\n- en budget"]),
        ]);

    /// <summary>The same protocol (number and year) after corrections: a title fixed, an item dropped, a decision changed.</summary>
    public static Protocol June2025Corrected()
    {
        var original = June2025();
        return original with
        {
            Title = "Kommundirektörsmöte i Familjen Helsingborg (justerat)",
            Absent = [],
            Items =
            [
                original.Items[0],
                original.Items[1] with { Decisions = ["att tacka för informationen", "att återkomma i höst"] },
            ],
        };
    }
}
