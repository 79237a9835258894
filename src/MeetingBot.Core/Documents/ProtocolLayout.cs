using System.Globalization;
using MeetingBot.Core.Protocols;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Documents;

/// <summary>
/// The wording and line formats of a Familjen Helsingborg protocol, shared by every document
/// writer so that Markdown and Word say exactly the same thing. The labels are the ones the text
/// importer looks for, which is what makes a rendered protocol importable again.
/// </summary>
internal static class ProtocolLayout
{
    public const string TimeAndPlaceLabel = "Tid och plats:";
    public const string PresentHeading = "Närvarande:";
    public const string AbsentHeading = "Anmält förhinder:";
    public const string SummaryLabel = "Sammanfattning:";
    public const string PresenterLabel = "Föredragande:";
    public const string AttachmentLabel = "Underlag:";
    public const string DecisionsHeading = "Mötet beslutar";
    public const string Closing = "Mötet avslutas";

    /// <summary>"Protokoll nr 5 2025".</summary>
    public static string Heading(Protocol protocol) =>
        string.Create(CultureInfo.InvariantCulture, $"Protokoll nr {protocol.Number} {protocol.Year}");

    /// <summary>"Helsingborg 2025-06-13": the town is the last part of the address.</summary>
    public static string PlaceAndDate(Protocol protocol) =>
        string.Create(CultureInfo.InvariantCulture, $"{Town(protocol.Location)} {protocol.Date:yyyy-MM-dd}").TrimStart();

    /// <summary>The text after "Tid och plats:", e.g. "Den 13 juni 2025 08.30–12.00 på Mindpark, Bredgatan 11, Helsingborg."</summary>
    public static string TimeAndPlace(Protocol protocol)
    {
        var date = protocol.Date;
        var when = string.Create(
            CultureInfo.InvariantCulture,
            $"Den {date.Day} {SwedishMonths.Name(date.Month)} {date.Year} {protocol.Start:HH.mm}–{protocol.End:HH.mm}");
        return string.IsNullOrWhiteSpace(protocol.Location) ? when + "." : $"{when} på {Sentence(protocol.Location)}";
    }

    /// <summary>"Mötesrum Studion.", or null when the protocol names no room.</summary>
    public static string? RoomLine(Protocol protocol) =>
        string.IsNullOrWhiteSpace(protocol.Room) ? null : $"Mötesrum {Sentence(protocol.Room)}";

    /// <summary>"Kristina Magnusson, Bjuv": the way the attendance lists name a person.</summary>
    public static string Person(Participant participant) =>
        string.IsNullOrWhiteSpace(participant.Organisation)
            ? participant.Name
            : $"{participant.Name}, {participant.Organisation}";

    /// <summary>"2. Civilt försvar och krisberedskap".</summary>
    public static string ItemHeading(ProtocolItem item) =>
        string.Create(CultureInfo.InvariantCulture, $"{item.Number}. {item.Title}");

    private static string Town(string location)
    {
        var lastComma = location.LastIndexOf(',');
        var town = lastComma < 0 ? location : location[(lastComma + 1)..];
        return town.Trim().TrimEnd('.');
    }

    private static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.EndsWith('.') ? trimmed : trimmed + ".";
    }
}
