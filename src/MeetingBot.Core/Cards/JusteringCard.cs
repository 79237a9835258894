using System.Globalization;
using System.Text.Json.Nodes;
using MeetingBot.Core.Justering;
using MeetingBot.Core.Series;

namespace MeetingBot.Core.Cards;

/// <summary>
/// The card a signatory gets in their personal chat: summary, PDF link, everyone's standing, and
/// "Justera" / "Begär ändring" (the latter asks for a comment). The data carries the meeting and the
/// version only; who answers is the presser of the authenticated activity.
/// </summary>
public static class JusteringCard
{
    public static AdaptiveCard Build(JusteringCardModel model, CardLanguage language = CardLanguage.Swedish)
    {
        ArgumentNullException.ThrowIfNull(model);
        var texts = JusteringTexts.For(language);
        var cardTexts = CardTexts.For(language);
        List<CardElement> body =
        [
            TextBlock.Heading(Format(texts.Heading, model.ProtocolReference)),
            new TextBlock($"{model.Title}, {cardTexts.Date(model.Date)}") { IsSubtle = true, Spacing = "None" },
            new TextBlock(texts.Intro),
            new TextBlock(string.Join("\n", model.Summary.Select(line => "- " + line))) { Spacing = "Small" },
            new TextBlock($"[{texts.OpenPdf}]({model.PdfLink})"),
            new TextBlock(Format(texts.Version, model.Version, model.DocumentSha256)) { IsSubtle = true, Size = "Small" },
            new TextBlock(texts.Standings) { Weight = "Bolder", Separator = true },
            new FactSet([.. model.States.Select(s => new Fact(s.Signatory.Name, texts.Standing(s, Time)))]) { Spacing = "Small" },
        ];

        var mine = model.States.FirstOrDefault(s => s.Signatory.MemberId == model.ViewerMemberId);
        if (mine?.Standing == SignatoryStanding.Approved)
        {
            body.Add(new TextBlock(texts.YouApproved) { Weight = "Bolder" });
        }
        else if (mine?.Standing == SignatoryStanding.ChangeRequested)
        {
            body.Add(new TextBlock(texts.YouRequestedChange) { Weight = "Bolder" });
        }

        var data = Data(model);
        var answered = mine is not null && mine.Standing != SignatoryStanding.Waiting;
        var comment = new AdaptiveCard
        {
            Msteams = null,
            Body =
            [
                new TextInput(texts.ChangeLabel)
                {
                    Id = CardInputs.Comment, IsMultiline = true, MaxLength = 2000, IsRequired = true, ErrorMessage = texts.ChangeRequired,
                },
            ],
            Actions = [ExecuteAction.WithSubmitFallback(texts.SendChange, CardVerbs.RequestChange, data)],
        };
        return new AdaptiveCard
        {
            Body = body,
            Actions = answered
                ? [ExecuteAction.WithSubmitFallback(texts.Refresh, CardVerbs.RefreshJustering, data)]
                : [ExecuteAction.WithSubmitFallback(texts.Approve, CardVerbs.Approve, data) with { Style = "positive" }, new ShowCardAction(texts.RequestChange, comment)],
            Refresh = model.RefreshUserIds.Count == 0 ? null
                : new CardRefresh(new ExecuteAction(texts.Refresh, CardVerbs.RefreshJustering, data), [.. model.RefreshUserIds.Take(CardRefresh.MaxUserIds)]),
        };
    }

    /// <summary>The channel's card: the protocol is justerat, by whom and when, and the final PDF (sealed or not, it says).</summary>
    public static AdaptiveCard Justerat(JusteradCardModel model, CardLanguage language = CardLanguage.Swedish)
    {
        ArgumentNullException.ThrowIfNull(model);
        var texts = JusteringTexts.For(language);
        return new AdaptiveCard
        {
            Body =
            [
                TextBlock.Heading(Format(texts.JusteratHeading, model.ProtocolReference)),
                new TextBlock($"{model.Title}, {CardTexts.For(language).Date(model.Date)}") { IsSubtle = true, Spacing = "None" },
                new TextBlock(texts.JusteratBy) { Weight = "Bolder" },
                new FactSet([.. model.States.Select(s => new Fact(s.Signatory.Name, texts.Standing(s, Time)))]) { Spacing = "Small" },
                new TextBlock(model.Sealed ? texts.Sealed : texts.NotSealed),
                new TextBlock($"[{texts.OpenFinal}]({model.FinalPdfLink})"),
            ],
        };
    }

    private static JsonObject Data(JusteringCardModel model)
    {
        var data = CardInputs.MeetingData(model.MeetingId);
        data[CardInputs.Version] = model.Version;
        return data;
    }

    private static string Time(DateTimeOffset at) => StockholmTime.ToLocal(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Format(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
