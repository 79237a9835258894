using MeetingBot.Core.Protocols;

namespace MeetingBot.Core.Tests.Documents;

/// <summary>
/// The customer's reference protocol (tests/Fixtures/protokoll-2025-05-kommundirektorer-2025-06-13.txt)
/// as the model holds it: wrapped lines joined, white space collapsed, labels removed.
/// </summary>
internal static class SeedProtocol
{
    private const string Secretariat = "Christian Dahlmann, sekretariatet, Familjen Helsingborg";
    private const string ThankYou = "att tacka för informationen";

    public static Protocol Value { get; } = new(
        Number: 5,
        Year: 2025,
        Title: "Kommundirektörsmöte i Familjen Helsingborg",
        Date: new DateOnly(2025, 6, 13),
        Start: new TimeOnly(8, 30),
        End: new TimeOnly(12, 0),
        Location: "Mindpark, Bredgatan 11, Helsingborg",
        Room: "Studion",
        Present:
        [
            new("Kristina Magnusson", "Bjuv"),
            new("Åsa Simonsson", "Svalöv"),
            new("Jonas Jönsson", "Båstad"),
            new("Elin Ask", "Ängelholm"),
            new("Carina Leffler", "Helsingborg"),
            new("Christer Paulsson", "Åstorp"),
            new("Herman Crespin", "Höganäs"),
            new("Ardiana Demjaha", "Örkelljunga"),
            new("Pernilla Anderberg", "Landskrona"),
            new("Christian Dahlmann", "sekretariatet"),
            new("Henry Roos", "Perstorp"),
        ],
        Absent: [new("Tomas Rikse", "Klippan")],
        Items:
        [
            new(1, "Mötets öppnande och incheckning", null, [], [], []),
            new(
                2,
                "Civilt försvar och krisberedskap",
                "Länsstyrelsens har tagit fram en struktur för samverkan i Skåne län inom krisberedskap och civilt försvar "
                + "samt ett föreslaget arbetssätt för hur vi i Skåne kan arbeta med att införa det nationella aktörsgemensamma "
                + "ramverket för ledning och samverkan vid samhällsstörningar. Gemensam diskussion om vad struktur och ramverk "
                + "betyder för oss och hur vi gemensamt kan får framdrift i processen och skapa förutsättningar för långsiktig "
                + "samverkan inom området mellan Länsstyrelsen och kommunerna.",
                ["Kajsa Helmbring, försvarsdirektör, Länsstyrelsen Skåne"],
                [],
                [ThankYou]),
            new(
                3,
                "Halvårsrapportering Näringsliv och destination",
                "Nätverket Näringsliv och destination har en fast finansiering om 1,5 miljon kronor. Nätverket rapporterar "
                + "en gång i halvåret om genomförda aktiviteter och satsningar.",
                ["Helena Wennerström, sammankallande Näringsliv och destinationsnätverket"],
                [],
                [ThankYou]),
            new(
                4,
                "Försöksverksamhet på arbetsmarknadsområdet",
                "Familjen Helsingborgs styrelse beslutade den 16 maj 2025 att uppdra till sekretariatschef att återuppta "
                + "dialog med SKR kring Familjen Helsingborgs förslag om försöksverksamhet på arbetsmarknadsområdet och ett "
                + "första möte med SKR har ägt rum. Lägesrapport samt gemensam diskussion om och i så fall hur vi vill gå "
                + "vidare i frågan.",
                [Secretariat],
                [],
                [
                    ThankYou,
                    "att uppdra till sekretariatschef att försätta dialog med berörda om att återuppta dialog med SKR och "
                    + "Arbetsförmedling om försöksverksamhet på arbetsmarknadsområdet",
                ]),
            new(
                5,
                "Familjen Helsingborgs samverkan kring näringsliv och tillväxt",
                "Familjen Helsingborgs styrelse uppdrog den 16/5 till sekretariatschef att på styrelsemötet den 29/8 "
                + "presentera förslag på hur Familjen Helsingborgs samverkan kring näringslivsutveckling och tillväxt kan "
                + "fokuseras ytterligare. Lägesrapport samt gemensam diskussion.",
                [Secretariat],
                [],
                [ThankYou]),
            new(
                6,
                "Återrapportering kring arbetet med ny/fördjupad samverkan",
                "Återrapportering från arbetet med ny alternativt fördjupad samverkan enligt beslut fattat på "
                + "kommundirektörsmötet den 28 februari (enligt förslag i potentialutredningen)",
                [Secretariat],
                [],
                [ThankYou]),
            new(
                7,
                "Idrottsgala 2026",
                "På styrelsemötet den 16/5 informerades om att Helsingborg stad har tagit kontakt med Bonnier och "
                + "Helsingborgs Dagblad för att höra om det finns ett intresse för en regional idrottsgala i Nordvästra "
                + "Skåne. Återrapportering från fortsatta diskussioner om Idrottsgalan i fritidschefsnätverket.",
                ["Daniel Nilsson, sammankallande fritidschefsnätverket"],
                [],
                [ThankYou]),
            new(
                8,
                "Traineeprojekt 2025/2026",
                "Presentation av sekretariatets förslag på traineeprojekt för traineegrupp 20.",
                [Secretariat],
                [],
                ["att projektet ”Arbetsgivarvarumärke Familjen Helsingborg” blir traineeprojekt för traineegrupp 20"]),
            new(
                9,
                "Kommundirektörsgruppens möten under 2026",
                "Beslut om mötesdatum för 2026 samt diskussion om upplägg på mötena nästa år.",
                [Secretariat],
                ["Bilaga 1: Förslag på mötestider 2026 för kommundirektörsgruppen"],
                [
                    "att kommundirektörsgruppen under 2026 sammanträder 8:30 – 13:00 på följande datum:\n"
                    + "- 23 januari\n- 27 februari\n- 27 mars\n- 17 april\n- 22 maj\n"
                    + "- 21 augusti\n- 25 september\n- 23 oktober\n- 20 november\n- 11 december",
                ]),
        ]);
}
