namespace MeetingBot.Core.Cards;

/// <summary>The verbs of the secretariat's agenda form; the bot's invoke handler dispatches on them.</summary>
public static class AgendaEditVerbs
{
    public const string Add = "agenda.item.add";
    public const string Edit = "agenda.item.edit";
    public const string Move = "agenda.item.move";
    public const string Remove = "agenda.item.remove";

    /// <summary>Adds the offered "Återrapportering: …" item of the assignment in the data's <c>assignment</c>.</summary>
    public const string AddReportBack = "agenda.item.addReportBack";
}

/// <summary>
/// Input ids of the agenda form: one set per item (ids must be unique across the card, show-cards
/// included) and one for the new item. Presenters and documents are entered one per line.
/// </summary>
public static class AgendaEditInputs
{
    public const string To = "to";
    public const string Assignment = "assignment";
    private const string New = "new";

    public static string Title(int? item) => $"agenda-title-{Key(item)}";

    public static string Summary(int? item) => $"agenda-summary-{Key(item)}";

    public static string Presenters(int? item) => $"agenda-presenters-{Key(item)}";

    public static string Attachments(int? item) => $"agenda-attachments-{Key(item)}";

    /// <summary>Lines of a multi-line input as a list, blank lines dropped.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        text is null ? [] : [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static string Key(int? item) => item?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? New;
}
