using MeetingBot.Core.Cards;
using MeetingBot.Core.Meetings;
using MeetingBot.Justering;

namespace MeetingBot.Bot.Justering;

/// <summary>The justering cards for a view: a signatory's own (with their standing and the version's link) and the channel's once justerat.</summary>
internal sealed class JusteringCards(JusteringLinks links)
{
    public AdaptiveCard ForSignatory(Meeting meeting, JusteringView view, int? viewerMemberId, IReadOnlyList<string> refreshUserIds, CardLanguage language)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(view);
        var version = view.Version ?? throw new InvalidOperationException("The protocol has not been sent for justering.");
        var model = new JusteringCardModel(
            meeting.CardId, view.Protocol.Reference, view.Protocol.Title, view.Protocol.Date,
            [.. view.Protocol.Items.Select(i => $"§ {i.Number} {i.Title}")],
            version.Number, version.DocumentSha256, links.For(meeting.Id, version.Number), view.Status.States, viewerMemberId)
        {
            RefreshUserIds = refreshUserIds,
        };
        var card = JusteringCard.Build(model, language);
        return view.Justerat is null ? card : card with
        {
            Body = [.. card.Body, new TextBlock($"[{JusteringTexts.For(language).OpenFinal}]({links.ForFinal(meeting.Id)})") { Weight = "Bolder" }],
            Actions = null,
        };
    }

    public AdaptiveCard Justerat(JusteringView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var justerat = view.Justerat ?? throw new InvalidOperationException("The protocol is not justerat.");
        return JusteringCard.Justerat(new JusteradCardModel(
            view.Protocol.Reference, view.Protocol.Title, view.Protocol.Date, view.Status.States, links.ForFinal(justerat.MeetingId), justerat.Sealed));
    }
}
