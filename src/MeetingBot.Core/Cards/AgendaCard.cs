using System.Globalization;

namespace MeetingBot.Core.Cards;

/// <summary>
/// A meeting's agenda with the members' answers. The card posted to everyone has no viewer; the
/// refresh gives each roster member a view with their own answer and substitutes of their own
/// organisation. Action data carries only the meeting id: who answers is whoever pressed the button.
/// </summary>
public static class AgendaCard
{
    public static AdaptiveCard Build(AgendaCardModel model, AgendaViewer? viewer = null, CardLanguage language = CardLanguage.Swedish)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.RosterUserIds.Count > CardRefresh.MaxUserIds)
        {
            // Teams refreshes automatically for at most 60 users; silently dropping members would
            // leave some with a stale card, so a larger roster is an error to fix, not to hide.
            throw new DomainException($"the roster has {model.RosterUserIds.Count} members with Teams ids; an agenda card refreshes for at most {CardRefresh.MaxUserIds}");
        }

        var texts = CardTexts.For(language);
        List<CardElement> body =
        [
            TextBlock.Heading(model.Title),
            new FactSet(
            [
                new Fact(texts.Time, texts.DateAndTime(model.Date, model.Start, model.End)),

                // A meeting whose place is not set yet (the decision named none) shows no empty "Plats".
                .. string.IsNullOrWhiteSpace(model.Location) ? (Fact[])[] : [new Fact(texts.Place, model.Location)],
            ]),
            new TextBlock(texts.Tally(model.Tally)) { Weight = "Bolder" },
        ];
        if (viewer is not null)
        {
            body.Add(new TextBlock(Answer(viewer.Answer, texts)) { Spacing = "Small" });
        }

        body.Add(new TextBlock(texts.AgendaHeading) { Weight = "Bolder", Separator = true, Spacing = "Medium" });
        body.AddRange(model.Items.Select(item => Item(item, texts)));

        List<CardAction> actions = [];
        if (model.JoinUrl is { } url)
        {
            actions.Add(new OpenUrlAction(texts.JoinTeams, url));
        }

        actions.Add(ExecuteAction.WithSubmitFallback(texts.Accept, CardVerbs.Accept, CardInputs.MeetingData(model.MeetingId)));
        actions.Add(DeclineAction(model.MeetingId, viewer, texts));
        return new AdaptiveCard
        {
            Body = body,
            Actions = actions,
            Refresh = new CardRefresh(new ExecuteAction(texts.Refresh, CardVerbs.RefreshAgenda, CardInputs.MeetingData(model.MeetingId)), model.RosterUserIds),
        };
    }

    private static string Answer(ViewerAnswer? answer, CardTexts texts) => answer switch
    {
        { Status: AttendanceStatus.Coming } => $"{texts.YourAnswer} {texts.AnswerAccepted}",
        { Status: AttendanceStatus.Declined, SubstituteName: { } substitute } =>
            $"{texts.YourAnswer} {texts.AnswerDeclined} ({string.Format(CultureInfo.InvariantCulture, texts.SubstituteNamed, substitute)})",
        { Status: AttendanceStatus.Declined } => $"{texts.YourAnswer} {texts.AnswerDeclined}",
        _ => texts.NoAnswerYet,
    };

    private static Container Item(AgendaItem item, CardTexts texts)
    {
        List<CardElement> parts = [new TextBlock($"{item.Number}. {item.Title}") { Weight = "Bolder" }];
        if (item.Summary is { } summary)
        {
            parts.Add(new TextBlock($"{texts.Summary} {summary}") { Spacing = "Small" });
        }

        parts.AddRange(item.Presenters.Select(p => new TextBlock($"{texts.Presenter} {p}") { Spacing = "None", IsSubtle = true }));
        parts.AddRange(item.Attachments.Select(a => new TextBlock($"{texts.Attachment} {a}") { Spacing = "None", IsSubtle = true }));
        return new Container(parts) { Separator = true, Spacing = "Medium" };
    }

    private static ShowCardAction DeclineAction(string meetingId, AgendaViewer? viewer, CardTexts texts)
    {
        List<CardElement> inputs = [];
        if (viewer is { Substitutes.Count: > 0 })
        {
            var current = viewer.Substitutes.FirstOrDefault(s => s.Name == viewer.Answer?.SubstituteName);
            inputs.Add(new ChoiceSetInput(texts.Substitute, [.. viewer.Substitutes.Select(s => new Choice(s.Name, s.Id))])
            {
                Id = CardInputs.Substitute,
                Style = "compact",
                Placeholder = texts.NoSubstitute,
                Value = current?.Id,
            });
        }

        inputs.Add(new TextInput(texts.Comment) { Id = CardInputs.Comment, IsMultiline = true, MaxLength = 500 });
        var declined = viewer?.Answer?.Status == AttendanceStatus.Declined;
        var form = new AdaptiveCard
        {
            Body = inputs,
            Actions = [ExecuteAction.WithSubmitFallback(texts.SendDecline, CardVerbs.Decline, CardInputs.MeetingData(meetingId))],
            Msteams = null,
        };
        return new ShowCardAction(declined ? texts.ChangeDecline : texts.Decline, form);
    }
}
