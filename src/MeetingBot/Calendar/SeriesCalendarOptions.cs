using MeetingBot.Core.Calendar;

namespace MeetingBot.Calendar;

/// <summary>Configuration section <c>Calendar</c>: what every meeting of the series says, whichever calendar holds it.</summary>
internal sealed class SeriesCalendarOptions
{
    public const string Section = "Calendar";

    public string Subject { get; set; } = SeriesDefinition.DefaultSubject;

    public string Location { get; set; } = "";

    /// <summary>
    /// Each meeting's agenda is this plus its date, e.g. <c>…/agenda/2026-04-17</c>. Required with a Graph
    /// tenant; otherwise it defaults to the host's own page (see <c>AgendaAddress</c>).
    /// </summary>
    public Uri? AgendaBaseUrl { get; set; }

    /// <summary>The organiser named in .ics files; defaults to the Graph organiser mailbox.</summary>
    public string? OrganizerEmail { get; set; }

    /// <summary>
    /// <c>Calendar:FeedLinkKey</c>: the HMAC key of the members' calendar feed links, base64 of at least 32
    /// random bytes. Unset, the links are signed with a key derived from <c>Bot:DownloadLinkKey</c>. A new
    /// key revokes every feed link handed out; members then ask the bot again ("min kalender").
    /// </summary>
    public string? FeedLinkKey { get; set; }
}
