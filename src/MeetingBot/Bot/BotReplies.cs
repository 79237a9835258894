namespace MeetingBot.Bot;

/// <summary>The bot's fixed Swedish chat replies, in one place so wording changes touch one file.</summary>
internal static class BotReplies
{
    public const string Greeting = "Hej! Jag är MeetingBot, kommundirektörsgruppens mötesassistent. Skriv \"hjälp\" så berättar jag vad jag kan.";

    public const string Help =
        "Jag svarar på frågor om gruppens beslut och möten, med hänvisning till protokoll och §. Till exempel:\n" +
        "- Vad beslutades om idrottsgalan?\n" +
        "- Vad sa vi om SKR och Arbetsförmedlingen?\n" +
        "- Vem anmälde förhinder 13 juni?\n" +
        "- När är nästa möte?\n\n" +
        "Som ledamot kan du skriva \"mina möten\" för att se kommande möten och dina svar, och svara på dagordningens kort.\n\n" +
        "Sekretariatet kan dessutom skriva (datum som \"23 januari\", \"23/1\", \"2026-01-23\" eller \"nästa möte\"):\n" +
        "- skapa mötesserie 2026: skapar årets möten i kalendern\n" +
        "- dagordning 23 januari: postar dagordningen i kanalen och till varje ledamot\n" +
        "- använd den här kanalen (skrivet i en kanal): dagordningarna postas i den kanalen\n" +
        "- ändra dagordning 23 januari: visar ett formulär för dagordningen; klistra in punkterna i protokollets format på raderna under kommandot för att ersätta hela dagordningen\n" +
        "- påminn 23 januari: påminner dem som inte har svarat\n" +
        "- närvaro 23 januari: visar vem som kommer, förhinder och ersättare\n" +
        "- protokollutkast 23 januari: visar protokollutkastet\n" +
        "- fastställ protokoll 23 januari: numrerar och låser protokollet och erbjuder det som Word-fil\n" +
        "- plats 23 januari: Stadshuset, Helsingborg: sätter mötets plats (på kortet, dagordningssidan, kallelsen och i protokollet)\n" +
        "- plats alla möten 2026: Stadshuset, Helsingborg: sätter platsen för årets alla möten\n" +
        "- schema 23 januari: visar när dagordning, påminnelse och protokollutkast skickas för mötet\n" +
        "- flytta påminnelse 23 januari till 20 januari 10:00: flyttar ett utskick i schemat (även dagordning och utkast)";

    public const string SecretariatOnly = "Det kommandot är till för sekretariatet. Du kan fråga mig om beslut och möten, eller skriva \"mina möten\".";

    public const string NotOnRoster = "Jag hittar dig inte i kommundirektörsgruppens medlemslista, så jag kan inte visa eller spara något för dig. Kontakta sekretariatet om du ska vara med.";

    public const string NotOnRosterCard = "Tack! Men du finns inte i kommundirektörsgruppens medlemslista, så ditt svar sparades inte. Kontakta sekretariatet om du ska vara med.";

    public const string WhichMeeting = "Vilket möte menar du? Skriv ett datum, till exempel \"23 januari\", \"23/1\" eller \"nästa möte\".";

    public const string WhichYear = "Vilket år? Skriv till exempel \"skapa mötesserie 2026\".";

    public const string MeetingStarted = "Mötet har redan börjat, så svaret kan inte längre ändras. Kontakta sekretariatet.";

    public const string UnknownMeeting = "Jag hittar inte det mötet längre.";

    public const string InvalidSubstitute = "Ersättaren måste vara någon från din egen organisation.";

    public const string MeetingCancelled = "Mötet är inställt.";

    public static string NoMeetingOn(string when) => $"Jag hittar inget möte {when}.";
}
