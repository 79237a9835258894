using MeetingBot.Core.Cards;

namespace MeetingBot.Core.Tests.Cards;

/// <summary>
/// The card wire format, written by hand (<see cref="CardJsonWriter"/>): every element and action kind, with the
/// discriminators the official renderer reads, nulls left out and Swedish letters as they are.
/// </summary>
public sealed class CardJsonTests
{
    [Fact]
    public void EveryElementAndActionKind_IsWrittenInTheAdaptiveCardFormat()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                TextBlock.Heading("Förhinder & ersättare"),
                new TextBlock("Diskret") { Wrap = false, IsSubtle = true, Color = "Attention", Id = "t", Separator = true, Spacing = "None" },
                new FactSet([new Fact("Tid", "fredag 23 januari 2026")]),
                new Container([new TextBlock("Inne")]) { Style = "emphasis" },
                new ColumnSet([new Column([new TextBlock("Vänster")]) { Width = "stretch" }]),
                new ActionSet([new OpenUrlAction("Öppna", new Uri("https://example.se/a?b=c&d=e"))]),
                new TextInput("Kommentar") { Id = "comment", Placeholder = "Valfritt", IsMultiline = true, MaxLength = 500, Value = "x", IsRequired = false, ErrorMessage = "Fel" },
                new ChoiceSetInput("Ersättare", [new Choice("Anna Åberg", "7")]) { Id = "substitute", Style = "compact", Value = "7", IsRequired = true, ErrorMessage = "Välj", Placeholder = "Ingen" },
            ],
            Actions =
            [
                ExecuteAction.WithSubmitFallback("Jag kommer", "rsvp.accept", CardInputs.MeetingData("12")) with { Style = "positive" },
                new ShowCardAction("Anmäl förhinder", new AdaptiveCard { Body = [], Msteams = null }) { Id = "decline" },
            ],
            Refresh = new CardRefresh(new ExecuteAction("Uppdatera", "agenda.refresh", CardInputs.MeetingData("12")), ["29:1a"]),
        };

        // One line per element, joined: the wire format has no whitespace.
        var expected = string.Concat("""
            {"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5","body":[
            {"type":"TextBlock","text":"Förhinder & ersättare","wrap":true,"weight":"Bolder","size":"Medium","style":"heading"},
            {"type":"TextBlock","text":"Diskret","wrap":false,"isSubtle":true,"color":"Attention","id":"t","separator":true,"spacing":"None"},
            {"type":"FactSet","facts":[{"title":"Tid","value":"fredag 23 januari 2026"}]},
            {"type":"Container","items":[{"type":"TextBlock","text":"Inne","wrap":true}],"style":"emphasis"},
            {"type":"ColumnSet","columns":[{"type":"Column","items":[{"type":"TextBlock","text":"Vänster","wrap":true}],"width":"stretch"}]},
            {"type":"ActionSet","actions":[{"type":"Action.OpenUrl","url":"https://example.se/a?b=c&d=e","title":"Öppna"}]},
            {"type":"Input.Text","label":"Kommentar","placeholder":"Valfritt","isMultiline":true,"maxLength":500,"value":"x","isRequired":false,"errorMessage":"Fel","id":"comment"},
            {"type":"Input.ChoiceSet","label":"Ersättare","choices":[{"title":"Anna Åberg","value":"7"}],"style":"compact","value":"7","isRequired":true,"errorMessage":"Välj","placeholder":"Ingen","id":"substitute"}],
            "actions":[{"type":"Action.Execute","verb":"rsvp.accept","data":{"meetingId":"12"},
            "fallback":{"type":"Action.Submit","data":{"meetingId":"12","verb":"rsvp.accept"},"title":"Jag kommer"},"title":"Jag kommer","style":"positive"},
            {"type":"Action.ShowCard","card":{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5","body":[]},"title":"Anmäl förhinder","id":"decline"}],
            "refresh":{"action":{"type":"Action.Execute","verb":"agenda.refresh","data":{"meetingId":"12"},"title":"Uppdatera"},"userIds":["29:1a"]},
            "msteams":{"width":"Full"}}
            """.Split('\n'));
        Assert.Equal(expected, CardJson.Serialize(card));
        Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(CardJson.SerializeToUtf8Bytes(card)));
        Assert.Equal(expected, CardJson.ToJsonElement(card).GetRawText());
    }

    [Fact]
    public void AnElementKindWithoutAWireFormat_IsRefused_AndTheNextCardIsWrittenWhole()
    {
        var card = new AdaptiveCard { Body = [new TextBlock("Före"), new UnknownElement()] };
        var error = Assert.Throws<NotSupportedException>(() => CardJson.Serialize(card));
        Assert.Contains(nameof(UnknownElement), error.Message, StringComparison.Ordinal);

        // The thread's writer is reused: nothing of the failed card may leak into the next one.
        Assert.Equal(
            """{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5","body":[],"msteams":{"width":"Full"}}""",
            CardJson.Serialize(new AdaptiveCard()));
    }

    private sealed record UnknownElement : CardElement;
}
