using MeetingBot.Core.Cards;

namespace MeetingBot.Bot;

/// <summary>
/// The bot's fixed chat replies, Swedish (the group's language) and English (for a member who chose
/// it), in one place so wording changes touch one file. Written in <see cref="Core.Text.ChatMarkdown"/>'s
/// plain convention: a blank line between paragraphs, "- " for list items.
/// </summary>
internal sealed record BotReplies
{
    public required string Greeting { get; init; }
    public required string Help { get; init; }
    public required string SecretariatOnly { get; init; }
    public required string NotOnRoster { get; init; }
    public required string NotOnRosterCard { get; init; }
    public required string WhichMeeting { get; init; }
    public required string WhichYear { get; init; }
    public required string MeetingStarted { get; init; }
    public required string UnknownMeeting { get; init; }
    public required string InvalidSubstitute { get; init; }
    public required string MeetingCancelled { get; init; }
    public required string NotAnAttendee { get; init; }
    public required string UnknownAction { get; init; }

    /// <summary>Before a reason the domain gives in the reader's language.</summary>
    public required string FailedBecause { get; init; }

    /// <summary>When the reason is not for chat (an exception without a user message): it is logged instead.</summary>
    public required string Failed { get; init; }
    public required string LanguageChosen { get; init; }
    public required string LanguageChoices { get; init; }
    public required string NoComingMeetings { get; init; }
    public required string ComingMeetings { get; init; }
    public required string AnswerOnTheCard { get; init; }
    public required string NotAnswered { get; init; }
    public required string Coming { get; init; }
    public required string Declined { get; init; }
    public required string DeclinedWithSubstitute { get; init; }
    public required string AnsweredPrivately { get; init; }
    public required string CannotAnswerPrivately { get; init; }
    public required string NoEmailForCalendar { get; init; }
    public required string NoSeriesForCalendar { get; init; }

    /// <summary>No meeting on the date named (as written, e.g. "23 januari 2027"); null for "nästa möte".</summary>
    public required Func<string?, string> NoMeetingOn { get; init; }

    /// <summary><c>skapa mötesserie</c>: year, meeting count, dates written, new, existing.</summary>
    public required Func<int, int, string, int, int, string> SeriesCreated { get; init; }

    /// <summary>Dates (with the calendar's status) that could not be created.</summary>
    public required Func<string, string> SeriesFailures { get; init; }

    /// <summary>A failed date and the calendar's HTTP status.</summary>
    public required Func<string, int, string> SeriesFailure { get; init; }

    public required Func<string, string> SeriesCancelled { get; init; }

    public static BotReplies For(CardLanguage language) => language == CardLanguage.English ? English : Swedish;

    public static BotReplies Swedish { get; } = new()
    {
        Greeting = "Hej! Jag är MeetingBot, kommundirektörsgruppens mötesassistent. Skriv \"hjälp\" så berättar jag vad jag kan.",
        Help =
            "Jag svarar på frågor om gruppens beslut och möten, med hänvisning till protokoll och §. Till exempel:\n" +
            "- Vad beslutades om idrottsgalan?\n" +
            "- Vad sa vi om SKR och Arbetsförmedlingen?\n" +
            "- Vem anmälde förhinder 13 juni?\n" +
            "- När är nästa möte?\n\n" +
            "Som ledamot kan du skriva \"mina möten\" för att se kommande möten och dina svar, och svara på dagordningens kort. " +
            "Skriv \"min kalender\" för att få din personliga länk till mötena som kalenderfil (.ics); den skickar jag i vår privata chatt. " +
            "Skriv \"språk engelska\" om du vill ha dina kort och meddelanden på engelska (\"språk svenska\" byter tillbaka). " +
            "Skriv \"uppdrag\" för att se de öppna uppdragen i besluten som gäller din organisation eller alla kommuner.\n\n" +
            "Sekretariatet kan dessutom skriva (datum som \"23 januari\", \"23/1\", \"2026-01-23\" eller \"nästa möte\"):\n" +
            "- skapa mötesserie 2026: skapar årets möten i kalendern\n" +
            "- dagordning 23 januari: postar dagordningen i kanalen och till varje ledamot\n" +
            "- använd den här kanalen (skrivet i en kanal): dagordningarna postas i den kanalen\n" +
            "- ändra dagordning 23 januari: visar ett formulär för dagordningen; klistra in punkterna i protokollets format på raderna under kommandot för att ersätta hela dagordningen\n" +
            "- påminn 23 januari: påminner dem som inte har svarat\n" +
            "- närvaro 23 januari: visar vem som kommer, förhinder och ersättare (svaret kommer i vår privata chatt)\n" +
            "- protokollutkast 23 januari: visar protokollutkastet\n" +
            "- fastställ protokoll 23 januari: numrerar och låser protokollet och erbjuder det som Word-fil\n" +
            "- justerare 23 januari: Kristina Magnusson, Christian Dahlmann: vilka som justerar protokollet (justerare alla möten 2026: … för årets alla möten)\n" +
            "- skicka för justering 23 januari: skickar det fastställda protokollet som PDF till justerarna i deras privata chatt\n" +
            "- justering 23 januari: visar vilka som har justerat (svaret kommer i vår privata chatt)\n" +
            "- plats 23 januari: Stadshuset, Helsingborg: sätter mötets plats (på kortet, dagordningssidan, kallelsen och i protokollet)\n" +
            "- plats alla möten 2026: Stadshuset, Helsingborg: sätter platsen för årets alla möten\n" +
            "- schema 23 januari: visar när dagordning, påminnelse och protokollutkast skickas för mötet\n" +
            "- flytta påminnelse 23 januari till 20 januari 10:00: flyttar ett utskick i schemat (även dagordning och utkast)\n" +
            "- uppdrag: visar alla öppna uppdrag ur besluten, med protokoll och §; uppdrag klart 12: markerar uppdrag 12 som klart",
        SecretariatOnly = "Det kommandot är till för sekretariatet. Du kan fråga mig om beslut och möten, eller skriva \"mina möten\".",
        NotOnRoster = "Jag hittar dig inte i kommundirektörsgruppens medlemslista, så jag kan inte visa eller spara något för dig. Kontakta sekretariatet om du ska vara med.",
        NotOnRosterCard = "Tack! Men du finns inte i kommundirektörsgruppens medlemslista, så ditt svar sparades inte. Kontakta sekretariatet om du ska vara med.",
        WhichMeeting = "Vilket möte menar du? Skriv ett datum, till exempel \"23 januari\", \"23/1\" eller \"nästa möte\".",
        WhichYear = "Vilket år? Skriv till exempel \"skapa mötesserie 2026\".",
        MeetingStarted = "Mötet har redan börjat, så svaret kan inte längre ändras. Kontakta sekretariatet.",
        UnknownMeeting = "Jag hittar inte det mötet längre.",
        InvalidSubstitute = "Ersättaren måste vara någon från din egen organisation.",
        MeetingCancelled = "Mötet är inställt.",
        NotAnAttendee = "Sekretariatets gemensamma konto deltar inte i mötena, så det svarar inte på dagordningen. Svara från ditt eget konto.",
        UnknownAction = "Den knappen känner jag inte igen. Be om ett nytt kort.",
        FailedBecause = "Det gick inte: ",
        Failed = "Det gick inte, och ingenting ändrades. Försök igen om en stund; kontakta sekretariatet om det fortsätter.",
        LanguageChosen = "Jag skriver till dig på svenska från och med nu.",
        LanguageChoices = "Skriv \"språk svenska\" eller \"språk engelska\".",
        NoComingMeetings = "Det finns inga kommande möten inlagda ännu.",
        ComingMeetings = "Dina kommande möten:",
        AnswerOnTheCard = "Svara på dagordningens kort i vår chatt när det har kommit.",
        NotAnswered = "inte svarat",
        Coming = "du kommer",
        Declined = "förhinder",
        DeclinedWithSubstitute = "förhinder, ersättare {0}",
        AnsweredPrivately = "Jag har svarat dig i vår privata chatt.",
        CannotAnswerPrivately = "Svaret visar jag bara i vår privata chatt, men jag kan inte skriva till dig där. Öppna en chatt med MeetingBot och fråga där.",
        NoEmailForCalendar = "Jag har ingen e-postadress för dig i medlemslistan, så jag kan inte göra någon kalenderfil åt dig. Kontakta sekretariatet.",
        NoSeriesForCalendar = "Det finns ingen mötesserie i kalendern för i år eller nästa år ännu.",
        NoMeetingOn = when => when is null ? "Jag hittar inget möte framöver." : $"Jag hittar inget möte {when}.",
        SeriesCreated = (year, count, dates, created, existing) =>
            $"Mötesserien {year} finns i kalendern: {count} möten ({dates}). {created} nya, {existing} fanns redan.",
        SeriesFailures = dates => $" Kunde inte skapas: {dates}. Försök igen om en stund.",
        SeriesFailure = (date, status) => $"{date} (kalendern svarade {status})",
        SeriesCancelled = dates => $" Inställda och inte återskapade: {dates}.",
    };

    public static BotReplies English { get; } = new()
    {
        Greeting = "Hello! I am MeetingBot, the municipal directors' group's meeting assistant. Write \"help\" and I will tell you what I can do.",
        Help =
            "I answer questions about the group's decisions and meetings, citing protocol and §. The protocols are in Swedish, so ask in Swedish, for example:\n" +
            "- Vad beslutades om idrottsgalan?\n" +
            "- Vem anmälde förhinder 13 juni?\n" +
            "- När är nästa möte?\n\n" +
            "As a member you can write \"mina möten\" to see coming meetings and your answers, and answer on the agenda's card. " +
            "Write \"min kalender\" to get your personal link to the meetings as a calendar file (.ics); I send it in our private chat. " +
            "Write \"language swedish\" to have your cards and messages in Swedish again. " +
            "Write \"uppdrag\" to see the open assignments in the decisions that concern your organisation or every municipality.\n\n" +
            "The secretariat can also write (dates as \"23 januari\", \"23/1\", \"2026-01-23\" or \"nästa möte\"):\n" +
            "- skapa mötesserie 2026: creates the year's meetings in the calendar\n" +
            "- dagordning 23 januari: posts the agenda in the channel and to every member\n" +
            "- använd den här kanalen (written in a channel): agendas are posted in that channel\n" +
            "- ändra dagordning 23 januari: shows a form for the agenda; paste the items in the protocol's format on the lines under the command to replace the whole agenda\n" +
            "- påminn 23 januari: reminds those who have not answered\n" +
            "- närvaro 23 januari: shows who attends, apologies and substitutes (the answer comes in our private chat)\n" +
            "- protokollutkast 23 januari: shows the protocol draft\n" +
            "- fastställ protokoll 23 januari: numbers and locks the protocol and offers it as a Word file\n" +
            "- justerare 23 januari: Kristina Magnusson, Christian Dahlmann: who approves the protocol (justerare alla möten 2026: … for all the year's meetings)\n" +
            "- skicka för justering 23 januari: sends the finalised protocol as a PDF to the signatories in their private chat\n" +
            "- justering 23 januari: shows who has approved (the answer comes in our private chat)\n" +
            "- plats 23 januari: Stadshuset, Helsingborg: sets the meeting's place (on the card, the agenda page, the invitation and in the protocol)\n" +
            "- plats alla möten 2026: Stadshuset, Helsingborg: sets the place of all the year's meetings\n" +
            "- schema 23 januari: shows when agenda, reminder and protocol draft are sent for the meeting\n" +
            "- flytta påminnelse 23 januari till 20 januari 10:00: moves a mailing in the schedule (agenda and draft too)\n" +
            "- uppdrag: shows every open assignment from the decisions, with protocol and §; uppdrag klart 12: marks assignment 12 done",
        SecretariatOnly = "That command is for the secretariat. You can ask me about decisions and meetings, or write \"mina möten\".",
        NotOnRoster = "I cannot find you on the municipal directors' group's roster, so I cannot show or save anything for you. Contact the secretariat if you should be on it.",
        NotOnRosterCard = "Thank you! But you are not on the municipal directors' group's roster, so your answer was not saved. Contact the secretariat if you should be on it.",
        WhichMeeting = "Which meeting do you mean? Write a date, for example \"23 januari\", \"23/1\" or \"nästa möte\".",
        WhichYear = "Which year? Write for example \"skapa mötesserie 2026\".",
        MeetingStarted = "The meeting has already started, so the answer can no longer change. Contact the secretariat.",
        UnknownMeeting = "I cannot find that meeting any more.",
        InvalidSubstitute = "The substitute must be someone from your own organisation.",
        MeetingCancelled = "The meeting is cancelled.",
        NotAnAttendee = "The secretariat's shared account does not attend the meetings, so it does not answer the agenda. Answer from your own account.",
        UnknownAction = "I do not recognise that button. Ask for a new card.",
        FailedBecause = "That did not work: ",
        Failed = "That did not work, and nothing was changed. Try again in a while; contact the secretariat if it goes on.",
        LanguageChosen = "I will write to you in English from now on.",
        LanguageChoices = "Write \"language english\" or \"language swedish\".",
        NoComingMeetings = "No coming meetings have been added yet.",
        ComingMeetings = "Your coming meetings:",
        AnswerOnTheCard = "Answer on the agenda's card in our chat once it has arrived.",
        NotAnswered = "not answered",
        Coming = "you attend",
        Declined = "apologies",
        DeclinedWithSubstitute = "apologies, substitute {0}",
        AnsweredPrivately = "I have answered you in our private chat.",
        CannotAnswerPrivately = "I show that answer only in our private chat, but I cannot write to you there. Open a chat with MeetingBot and ask there.",
        NoEmailForCalendar = "The roster has no e-mail address for you, so I cannot make a calendar file for you. Contact the secretariat.",
        NoSeriesForCalendar = "There is no meeting series in the calendar for this year or next year yet.",
        NoMeetingOn = when => when is null ? "I cannot find a coming meeting." : $"I cannot find a meeting on {when}.",
        SeriesCreated = (year, count, dates, created, existing) =>
            $"The {year} meeting series is in the calendar: {count} {(count == 1 ? "meeting" : "meetings")} ({dates}). {created} new, {existing} already there.",
        SeriesFailures = dates => $" Could not be created: {dates}. Please try again in a while.",
        SeriesFailure = (date, status) => $"{date} (the calendar answered {status})",
        SeriesCancelled = dates => $" Cancelled and not recreated: {dates}.",
    };
}
