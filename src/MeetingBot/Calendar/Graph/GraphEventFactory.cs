using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using MeetingBot.Core.Calendar;
using MeetingBot.Core.Series;
using Microsoft.Graph.Models;

namespace MeetingBot.Calendar.Graph;

/// <summary>
/// Builds the Graph event for one meeting. Every call returns a NEW object: the SDK's backing store
/// serialises only changed values, so a model sent once serialises as <c>{}</c> the second time.
/// </summary>
internal static class GraphEventFactory
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    // Swedish letters stay readable in the stored body instead of becoming &#246;.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static Event Create(SeriesDefinition series, PlannedMeeting meeting) => new()
    {
        Subject = series.Subject,
        Body = new ItemBody { ContentType = BodyType.Html, Content = Body(series, meeting.Date) },
        Start = GraphTime.Local(meeting.Date, meeting.StartLocal),
        End = GraphTime.Local(meeting.Date, meeting.EndLocal),
        Location = new Location { DisplayName = series.Location },
        Attendees =
        [
            .. series.Invitable.Select(m => new Attendee
            {
                EmailAddress = new EmailAddress { Address = m.Email, Name = m.Name },
                Type = AttendeeType.Required,
            }),
        ],
        IsOnlineMeeting = true,
        OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness,
        AllowNewTimeProposals = false,
        ResponseRequested = true,
        SingleValueExtendedProperties =
        [
            new SingleValueLegacyExtendedProperty { Id = SeriesTag.PropertyId, Value = series.SeriesId },
        ],
        TransactionId = SeriesTag.TransactionId(series.SeriesId, meeting.Date),
    };

    /// <summary>Only the new times, so the PATCH changes nothing else and Outlook sends an update.</summary>
    public static Event Move(PlannedMeeting to) => new()
    {
        Start = GraphTime.Local(to.Date, to.StartLocal),
        End = GraphTime.Local(to.Date, to.EndLocal),
    };

    /// <summary>Only the place, so the PATCH changes nothing else and Outlook sends the attendees an update.</summary>
    public static Event Relocate(string location) => new()
    {
        Location = new Location { DisplayName = location },
    };

    private static string Body(SeriesDefinition series, DateOnly date)
    {
        var title = Html.Encode($"{series.Subject} {date.ToString("d MMMM yyyy", Swedish)}");
        return series.AgendaUrl(date) is { } agenda
            ? $"<p>{title}</p><p><a href=\"{Html.Encode(agenda.AbsoluteUri)}\">Dagordning för mötet</a></p>"
            : $"<p>{title}</p>";
    }
}
