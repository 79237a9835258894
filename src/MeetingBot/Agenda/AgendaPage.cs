using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Text;

namespace MeetingBot.Agenda;

/// <summary>
/// The agenda page an invitation links to, as plain HTML in Swedish: time, place and the numbered
/// items, never who answered or what they commented. The page needs no sign-in and its address is
/// guessable, so it leaves out the Teams join link: members have it in the Outlook invitation and on
/// the agenda card in Teams. Every value from the data is HTML-encoded.
/// </summary>
internal static class AgendaPage
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly CardTexts Texts = CardTexts.Swedish;

    public static string Render(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var cancelled = meeting.State == MeetingState.Cancelled;
        var html = new StringBuilder();
        html.Append("<h1>").Append(E(meeting.Title)).Append("</h1>\n");
        if (cancelled)
        {
            html.Append("<p class=\"cancelled\" role=\"status\"><strong>Mötet är inställt.</strong></p>\n");
        }

        var start = meeting.Date.ToDateTime(meeting.Start).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        html.Append("<dl>\n<dt>").Append(E(Texts.Time)).Append("</dt><dd><time datetime=\"").Append(start).Append("\">")
            .Append(E(Texts.DateAndTime(meeting.Date, meeting.Start, meeting.End))).Append("</time> (svensk tid)</dd>\n");
        if (!string.IsNullOrWhiteSpace(meeting.Location))
        {
            html.Append("<dt>").Append(E(Texts.Place)).Append("</dt><dd>").Append(E(meeting.Location)).Append("</dd>\n");
        }

        html.Append("</dl>\n");
        html.Append("<h2>").Append(E(Texts.AgendaHeading)).Append("</h2>\n");
        if (meeting.Agenda.Count == 0)
        {
            html.Append("<p>Dagordningen är inte klar ännu.</p>\n");
        }
        else
        {
            html.Append("<ol>\n");
            foreach (var item in meeting.Agenda)
            {
                Item(html, item);
            }

            html.Append("</ol>\n");
        }

        var title = $"{Texts.AgendaHeading} {SwedishDate.Format(meeting.Date)}{(cancelled ? " (inställt)" : "")}";
        return Document(title, html.ToString());
    }

    /// <summary>A short page for an address that shows no meeting.</summary>
    public static string Message(string heading, string text) =>
        Document(heading, $"<h1>{E(heading)}</h1>\n<p>{E(text)}</p>\n");

    private static void Item(StringBuilder html, AgendaItem item)
    {
        html.Append("<li value=\"").Append(item.Number.ToString(CultureInfo.InvariantCulture)).Append("\">\n<h3>")
            .Append(E(item.Title)).Append("</h3>\n");
        if (item.Summary is { } summary)
        {
            Line(html, Texts.Summary, summary);
        }

        foreach (var presenter in item.Presenters)
        {
            Line(html, Texts.Presenter, presenter);
        }

        foreach (var attachment in item.Attachments)
        {
            Line(html, Texts.Attachment, attachment);
        }

        html.Append("</li>\n");
    }

    private static void Line(StringBuilder html, string label, string value) =>
        html.Append("<p><span class=\"label\">").Append(E(label)).Append("</span> ").Append(E(value)).Append("</p>\n");

    private static string Document(string title, string body) => $$"""
        <!doctype html>
        <html lang="sv">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{{E(title)}}</title>
        <style>
        body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0; color: #1b1b1b; background: #fff; }
        main { max-width: 44rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
        dt { font-weight: 600; } dd { margin: 0; }
        ol { padding-left: 1.5rem; } li { margin-bottom: 1.25rem; }
        h3 { font-size: 1.1rem; margin: 0 0 0.25rem; } li p { margin: 0.15rem 0; }
        .label { font-weight: 600; }
        .cancelled { border-left: 0.3rem solid #a4262c; padding: 0.5rem 0.75rem; background: #fdf3f4; }
        a { color: #0f5ca8; } a:focus { outline: 3px solid #0f5ca8; outline-offset: 2px; }
        </style>
        </head>
        <body>
        <main>
        {{body}}</main>
        </body>
        </html>

        """;

    private static string E(string value) => Encoder.Encode(value);
}
