namespace MeetingBot.Core.Cards;

/// <summary>
/// Every fixed text on the bot's cards, in Swedish and in English for a member who chose it; in one
/// place so a wording change touches one file. Names and dates come from the data, never from here.
/// </summary>
public sealed record CardTexts
{
    public required CardLanguage Language { get; init; }
    public required string Time { get; init; }
    public required string DateLabel { get; init; }
    public required string Place { get; init; }
    public required string JoinTeams { get; init; }
    public required string AgendaHeading { get; init; }
    public required string Summary { get; init; }
    public required string Presenter { get; init; }
    public required string Attachment { get; init; }
    public required string Answers { get; init; }
    public required string Coming { get; init; }
    public required string Declined { get; init; }
    public required string NotAnswered { get; init; }
    public required string Accept { get; init; }
    public required string Decline { get; init; }
    public required string ChangeDecline { get; init; }
    public required string Substitute { get; init; }
    public required string NoSubstitute { get; init; }
    public required string Comment { get; init; }
    public required string SendDecline { get; init; }
    public required string YourAnswer { get; init; }
    public required string AnswerAccepted { get; init; }
    public required string AnswerDeclined { get; init; }
    public required string SubstituteNamed { get; init; }
    public required string NoAnswerYet { get; init; }
    public required string Refresh { get; init; }
    public required string AttendanceHeading { get; init; }
    public required string CommentNamed { get; init; }
    public required string Nobody { get; init; }
    public required string Remind { get; init; }
    public required string CreateDraft { get; init; }
    public required string DraftHeading { get; init; }
    public required string State { get; init; }
    public required string StateDraft { get; init; }
    public required string StateFinal { get; init; }
    public required string DecisionsHeading { get; init; }
    public required string NoDecisions { get; init; }
    public required string PresentHeading { get; init; }
    public required string AbsentHeading { get; init; }
    public required string NobodyYet { get; init; }
    public required string EnterDecisions { get; init; }
    public required string DecisionsInput { get; init; }
    public required string SaveDecisions { get; init; }
    public required string DownloadDocx { get; init; }
    public required string DownloadMarkdown { get; init; }
    public required string Finalise { get; init; }
    public required IReadOnlyList<string> Weekdays { get; init; }
    public required IReadOnlyList<string> Months { get; init; }

    public static CardTexts For(CardLanguage language) => language == CardLanguage.English ? English : Swedish;

    /// <summary>"fredag 23 januari 2026, 08:30–13:00": spelled out here so output never depends on ICU data.</summary>
    public string DateAndTime(DateOnly date, TimeOnly start, TimeOnly end) =>
        $"{Weekdays[(int)date.DayOfWeek]} {date.Day} {Months[date.Month - 1]} {date.Year}, {start:HH\\:mm}–{end:HH\\:mm}";

    public string Date(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";

    /// <summary>
    /// Counts with their words, so the tally never relies on colour. Swedish words do not change
    /// with the count ("1 förhinder", "2 förhinder"); English ones do ("1 apology", "2 apologies").
    /// </summary>
    public string Tally(AttendanceTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return Language == CardLanguage.English
            ? $"{Answers}: {tally.Coming} attending, {tally.Declined} {(tally.Declined == 1 ? "apology" : "apologies")}, {tally.NotAnswered} not answered"
            : $"{Answers}: {tally.Coming} kommer, {tally.Declined} förhinder, {tally.NotAnswered} ej svarat";
    }

    public static CardTexts Swedish { get; } = new()
    {
        Language = CardLanguage.Swedish,
        Time = "Tid",
        DateLabel = "Datum",
        Place = "Plats",
        JoinTeams = "Anslut till Teams-mötet",
        AgendaHeading = "Dagordning",
        Summary = "Sammanfattning:",
        Presenter = "Föredragande:",
        Attachment = "Underlag:",
        Answers = "Svar",
        Coming = "Kommer",
        Declined = "Förhinder",
        NotAnswered = "Ej svarat",
        Accept = "Jag kommer",
        Decline = "Anmäl förhinder",
        ChangeDecline = "Ändra förhinder",
        Substitute = "Ersättare",
        NoSubstitute = "Ingen ersättare",
        Comment = "Kommentar (syns bara för sekretariatet)",
        SendDecline = "Skicka förhinder",
        YourAnswer = "Ditt svar:",
        AnswerAccepted = "Jag kommer",
        AnswerDeclined = "Förhinder",
        SubstituteNamed = "ersättare: {0}",
        NoAnswerYet = "Du har inte svarat ännu.",
        Refresh = "Uppdatera",
        AttendanceHeading = "Närvaro",
        CommentNamed = "kommentar: {0}",
        Nobody = "–",
        Remind = "Påminn",
        CreateDraft = "Skapa protokollutkast",
        DraftHeading = "Protokollutkast",
        State = "Status",
        StateDraft = "Utkast",
        StateFinal = "Fastställt",
        DecisionsHeading = "Mötet beslutar",
        NoDecisions = "Inga beslut ännu.",
        PresentHeading = "Närvarande",
        AbsentHeading = "Anmält förhinder",
        NobodyYet = "Ingen ännu.",
        EnterDecisions = "Ange beslut",
        DecisionsInput = "Beslut, en att-sats per rad",
        SaveDecisions = "Spara beslut",
        DownloadDocx = "Ladda ner Word (.docx)",
        DownloadMarkdown = "Ladda ner Markdown",
        Finalise = "Fastställ",
        Weekdays = ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"],
        Months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    };

    public static CardTexts English { get; } = new()
    {
        Language = CardLanguage.English,
        Time = "Time",
        DateLabel = "Date",
        Place = "Place",
        JoinTeams = "Join the Teams meeting",
        AgendaHeading = "Agenda",
        Summary = "Summary:",
        Presenter = "Presenter:",
        Attachment = "Documents:",
        Answers = "Answers",
        Coming = "Attending",
        Declined = "Apologies",
        NotAnswered = "Not answered",
        Accept = "I will attend",
        Decline = "Send apologies",
        ChangeDecline = "Change my apologies",
        Substitute = "Substitute",
        NoSubstitute = "No substitute",
        Comment = "Comment (only the secretariat sees it)",
        SendDecline = "Send apologies now",
        YourAnswer = "Your answer:",
        AnswerAccepted = "I will attend",
        AnswerDeclined = "Apologies",
        SubstituteNamed = "substitute: {0}",
        NoAnswerYet = "You have not answered yet.",
        Refresh = "Refresh",
        AttendanceHeading = "Attendance",
        CommentNamed = "comment: {0}",
        Nobody = "–",
        Remind = "Remind",
        CreateDraft = "Create protocol draft",
        DraftHeading = "Protocol draft",
        State = "State",
        StateDraft = "Draft",
        StateFinal = "Finalised",
        DecisionsHeading = "The meeting decides",
        NoDecisions = "No decisions yet.",
        PresentHeading = "Present",
        AbsentHeading = "Apologies",
        NobodyYet = "Nobody yet.",
        EnterDecisions = "Enter decisions",
        DecisionsInput = "Decisions, one att-clause per line",
        SaveDecisions = "Save decisions",
        DownloadDocx = "Download Word (.docx)",
        DownloadMarkdown = "Download Markdown",
        Finalise = "Finalise",
        Weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
        Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    };
}
