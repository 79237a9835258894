using System.Text.Json.Nodes;

namespace MeetingBot.Core.Cards;

/// <summary>
/// What the secretariat's agenda form edits: one meeting's items in order, and the items it offers to
/// add with one press (report-backs of assignments due by the meeting).
/// </summary>
public sealed record AgendaEditModel(string MeetingId, string Title, DateOnly Date, IReadOnlyList<AgendaItem> Items, IReadOnlyList<AgendaOffer>? Offers = null);

/// <summary>An item the form offers to add, e.g. "Återrapportering: …" for assignment <see cref="AssignmentId"/>.</summary>
public sealed record AgendaOffer(int AssignmentId, string Title, string Summary);

/// <summary>
/// The secretariat's agenda form: each item with a form to edit it and buttons to move or remove
/// it, and a form to add one. Every button names its item, so a screen reader tells them apart;
/// every action answers with this card again, showing the agenda as it now stands.
/// </summary>
public static class AgendaEditCard
{
    public static AdaptiveCard Build(AgendaEditModel model, CardLanguage language = CardLanguage.Swedish)
    {
        ArgumentNullException.ThrowIfNull(model);
        var texts = AgendaEditTexts.For(language);
        List<CardElement> body =
        [
            TextBlock.Heading($"{texts.Heading}: {model.Title}"),
            new TextBlock(CardTexts.For(language).Date(model.Date)) { Spacing = "None", IsSubtle = true },
        ];
        if (model.Items.Count == 0)
        {
            body.Add(new TextBlock(texts.Empty));
        }

        body.AddRange(model.Items.Select(item => Item(model, item, language)));
        body.AddRange(Offers(model, texts));
        body.Add(new TextBlock(texts.PasteHint) { IsSubtle = true, Separator = true, Spacing = "Medium" });
        var addForm = new AdaptiveCard
        {
            Body = Inputs(null, null, texts),
            Actions = [ExecuteAction.WithSubmitFallback(texts.Add, AgendaEditVerbs.Add, CardInputs.MeetingData(model.MeetingId))],
            Msteams = null,
        };
        return new AdaptiveCard { Body = body, Actions = [new ShowCardAction(texts.AddItem, addForm)] };
    }

    public static string EditTitle(int item, CardLanguage language = CardLanguage.Swedish) => $"{AgendaEditTexts.For(language).Edit} § {item}";

    public static string SaveTitle(int item, CardLanguage language = CardLanguage.Swedish) => $"{AgendaEditTexts.For(language).Save} § {item}";

    public static string MoveUpTitle(int item, CardLanguage language = CardLanguage.Swedish) => $"{AgendaEditTexts.For(language).MoveUp} § {item}";

    public static string MoveDownTitle(int item, CardLanguage language = CardLanguage.Swedish) => $"{AgendaEditTexts.For(language).MoveDown} § {item}";

    public static string RemoveTitle(int item, CardLanguage language = CardLanguage.Swedish) => $"{AgendaEditTexts.For(language).Remove} § {item}";

    private static Container Item(AgendaEditModel model, AgendaItem item, CardLanguage language)
    {
        var texts = AgendaEditTexts.For(language);
        List<CardElement> parts = [new TextBlock($"{item.Number}. {item.Title}") { Weight = "Bolder" }];
        if (item.Summary is { } summary)
        {
            parts.Add(new TextBlock(summary) { Spacing = "Small", IsSubtle = true });
        }

        var editForm = new AdaptiveCard
        {
            Body = Inputs(item.Number, item, texts),
            Actions = [ExecuteAction.WithSubmitFallback(SaveTitle(item.Number, language), AgendaEditVerbs.Edit, ItemData(model.MeetingId, item.Number))],
            Msteams = null,
        };
        List<CardAction> actions = [new ShowCardAction(EditTitle(item.Number, language), editForm)];
        if (item.Number > 1)
        {
            actions.Add(ExecuteAction.WithSubmitFallback(MoveUpTitle(item.Number, language), AgendaEditVerbs.Move, ItemData(model.MeetingId, item.Number, item.Number - 1)));
        }

        if (item.Number < model.Items.Count)
        {
            actions.Add(ExecuteAction.WithSubmitFallback(MoveDownTitle(item.Number, language), AgendaEditVerbs.Move, ItemData(model.MeetingId, item.Number, item.Number + 1)));
        }

        actions.Add(ExecuteAction.WithSubmitFallback(RemoveTitle(item.Number, language), AgendaEditVerbs.Remove, ItemData(model.MeetingId, item.Number)) with { Style = "destructive" });
        parts.Add(new ActionSet(actions));
        return new Container(parts) { Separator = true, Spacing = "Medium" };
    }

    private static IEnumerable<CardElement> Offers(AgendaEditModel model, AgendaEditTexts texts)
    {
        if (model.Offers is not { Count: > 0 } offers)
        {
            yield break;
        }

        yield return new TextBlock(texts.ReportBackHeading) { Weight = "Bolder", Separator = true, Spacing = "Medium" };
        foreach (var offer in offers)
        {
            var data = CardInputs.MeetingData(model.MeetingId);
            data[AgendaEditInputs.Assignment] = offer.AssignmentId;
            yield return new Container(
            [
                new TextBlock(offer.Title),
                new TextBlock(offer.Summary) { Spacing = "None", IsSubtle = true },
                new ActionSet([ExecuteAction.WithSubmitFallback($"{texts.Add}: {offer.Title}", AgendaEditVerbs.AddReportBack, data)]),
            ]) { Spacing = "Small" };
        }
    }

    private static List<CardElement> Inputs(int? number, AgendaItem? item, AgendaEditTexts texts) =>
    [
        new TextInput(texts.Title) { Id = AgendaEditInputs.Title(number), Value = item?.Title, IsRequired = true, ErrorMessage = texts.TitleRequired, MaxLength = 500 },
        new TextInput(texts.Summary) { Id = AgendaEditInputs.Summary(number), Value = item?.Summary, IsMultiline = true, MaxLength = 2000 },
        new TextInput(texts.Presenters) { Id = AgendaEditInputs.Presenters(number), Value = Joined(item?.Presenters), IsMultiline = true, MaxLength = 1000 },
        new TextInput(texts.Attachments) { Id = AgendaEditInputs.Attachments(number), Value = Joined(item?.Attachments), IsMultiline = true, MaxLength = 1000 },
    ];

    private static string? Joined(IReadOnlyList<string>? lines) => lines is null || lines.Count == 0 ? null : string.Join("\n", lines);

    private static JsonObject ItemData(string meetingId, int item, int? to = null)
    {
        var data = CardInputs.MeetingData(meetingId);
        data[CardInputs.Item] = item;
        if (to is { } target)
        {
            data[AgendaEditInputs.To] = target;
        }

        return data;
    }
}
