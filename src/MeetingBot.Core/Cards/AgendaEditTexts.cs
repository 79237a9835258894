namespace MeetingBot.Core.Cards;

/// <summary>The agenda form's fixed texts, Swedish and English, as <see cref="CardTexts"/>.</summary>
public sealed record AgendaEditTexts
{
    public required string Heading { get; init; }
    public required string Empty { get; init; }
    public required string Edit { get; init; }
    public required string Save { get; init; }
    public required string MoveUp { get; init; }
    public required string MoveDown { get; init; }
    public required string Remove { get; init; }
    public required string AddItem { get; init; }
    public required string Add { get; init; }
    public required string Title { get; init; }
    public required string TitleRequired { get; init; }
    public required string Summary { get; init; }
    public required string Presenters { get; init; }
    public required string Attachments { get; init; }
    public required string PasteHint { get; init; }
    public required string ReportBackHeading { get; init; }

    public static AgendaEditTexts For(CardLanguage language) => language == CardLanguage.English ? English : Swedish;

    public static AgendaEditTexts Swedish { get; } = new()
    {
        Heading = "Ändra dagordning",
        Empty = "Dagordningen är tom.",
        Edit = "Ändra",
        Save = "Spara",
        MoveUp = "Flytta upp",
        MoveDown = "Flytta ned",
        Remove = "Ta bort",
        AddItem = "Lägg till punkt",
        Add = "Lägg till",
        Title = "Rubrik",
        TitleRequired = "Ange en rubrik.",
        Summary = "Sammanfattning",
        Presenters = "Föredragande, en per rad",
        Attachments = "Underlag, ett per rad",
        PasteHint = "Du kan också klistra in hela dagordningen i protokollets format under kommandot \"ändra dagordning <datum>\".",
        ReportBackHeading = "Uppdrag som ska vara klara till mötet: lägg till återrapportering",
    };

    public static AgendaEditTexts English { get; } = new()
    {
        Heading = "Edit agenda",
        Empty = "The agenda is empty.",
        Edit = "Edit",
        Save = "Save",
        MoveUp = "Move up",
        MoveDown = "Move down",
        Remove = "Remove",
        AddItem = "Add item",
        Add = "Add",
        Title = "Title",
        TitleRequired = "Enter a title.",
        Summary = "Summary",
        Presenters = "Presenters, one per line",
        Attachments = "Documents, one per line",
        PasteHint = "You can also paste the whole agenda in the protocol's format under the command \"ändra dagordning <date>\".",
        ReportBackHeading = "Assignments due by this meeting: add a report-back",
    };
}
