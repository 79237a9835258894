using System.Text.Json.Nodes;
using MeetingBot.Core.Protocols;

namespace MeetingBot.Core.Cards;

/// <summary>
/// A protocol draft: its state, each item with the decisions entered so far and a form to enter
/// them, downloads, and finalising. A finalised draft is locked, so its card offers downloads only.
/// </summary>
public static class ProtocolDraftCard
{
    public const string DocxFormat = "docx";
    public const string MarkdownFormat = "markdown";

    public static AdaptiveCard Build(ProtocolDraftCardModel model, CardLanguage language = CardLanguage.Swedish)
    {
        ArgumentNullException.ThrowIfNull(model);
        var texts = CardTexts.For(language);
        var editable = model.State == DraftState.Draft;
        List<CardElement> body =
        [
            TextBlock.Heading($"{texts.DraftHeading}: {model.Title}"),
            new FactSet(
            [
                new Fact(texts.DateLabel, texts.Date(model.Date)),
                new Fact(texts.State, editable ? texts.StateDraft : texts.StateFinal),
            ]),
        ];

        // The secretariat checks the attendance lists before finalising; they are the protocol's own, as the answers made them.
        body.Add(Participants(texts.PresentHeading, model.Present, texts));
        body.Add(Participants(texts.AbsentHeading, model.Absent, texts));
        foreach (var item in model.Items)
        {
            List<CardElement> parts =
            [
                new TextBlock($"{item.Number}. {item.Title}") { Weight = "Bolder" },
                new TextBlock(texts.DecisionsHeading) { IsSubtle = true, Spacing = "Small" },
            ];
            parts.AddRange(item.Decisions.Count == 0
                ? [new TextBlock(texts.NoDecisions) { IsSubtle = true, Spacing = "None" }]
                : item.Decisions.Select(d => new TextBlock(d) { Spacing = "None" }));
            if (editable)
            {
                parts.Add(new ActionSet([DecisionsAction(model.MeetingId, item.Number, item.Decisions, language)]));
            }

            body.Add(new Container(parts) { Separator = true, Spacing = "Medium" });
        }

        List<CardAction> actions =
        [
            ExecuteAction.WithSubmitFallback(texts.DownloadDocx, CardVerbs.Download, Data(model.MeetingId, CardInputs.Format, DocxFormat)),
            ExecuteAction.WithSubmitFallback(texts.DownloadMarkdown, CardVerbs.Download, Data(model.MeetingId, CardInputs.Format, MarkdownFormat)),
        ];
        if (editable)
        {
            actions.Add(ExecuteAction.WithSubmitFallback(texts.Finalise, CardVerbs.Finalise, CardInputs.MeetingData(model.MeetingId)));
        }

        return new AdaptiveCard { Body = body, Actions = actions };
    }

    private static Container Participants(string heading, IReadOnlyList<Participant> people, CardTexts texts)
    {
        List<CardElement> parts = [new TextBlock(heading) { Weight = "Bolder" }];
        parts.AddRange(people.Count == 0
            ? [new TextBlock(texts.NobodyYet) { IsSubtle = true, Spacing = "None" }]
            : people.Select(p => new TextBlock($"{p.Name}, {p.Organisation}") { Spacing = "None" }));
        return new Container(parts) { Separator = true, Spacing = "Medium" };
    }

    /// <summary>Titles name the item: several "Ange beslut" buttons alike would be ambiguous to a screen reader.</summary>
    public static string EnterDecisionsTitle(int item, CardLanguage language = CardLanguage.Swedish) =>
        $"{CardTexts.For(language).EnterDecisions}, § {item}";

    public static string SaveDecisionsTitle(int item, CardLanguage language = CardLanguage.Swedish) =>
        $"{CardTexts.For(language).SaveDecisions}, § {item}";

    private static ShowCardAction DecisionsAction(string meetingId, int item, IReadOnlyList<string> decisions, CardLanguage language)
    {
        var texts = CardTexts.For(language);
        var form = new AdaptiveCard
        {
            Body =
            [
                new TextInput(texts.DecisionsInput)
                {
                    Id = CardInputs.Decisions(item),
                    IsMultiline = true,
                    Value = decisions.Count == 0 ? null : string.Join("\n", decisions),
                    Placeholder = "att …",
                },
            ],
            Actions = [ExecuteAction.WithSubmitFallback(SaveDecisionsTitle(item, language), CardVerbs.EnterDecisions, Data(meetingId, CardInputs.Item, item))],
            Msteams = null,
        };
        return new ShowCardAction(EnterDecisionsTitle(item, language), form);
    }

    private static JsonObject Data(string meetingId, string key, JsonNode value)
    {
        var data = CardInputs.MeetingData(meetingId);
        data[key] = value;
        return data;
    }
}
