namespace MeetingBot.Core.Tests.Protocols;

/// <summary>Builds small synthetic protocols for rule-by-rule tests: a valid skeleton with one part replaced.</summary>
internal static class ProtocolText
{
    public const string Heading = "Protokoll nr 5 2025\nKommundirektörsmöte i Familjen Helsingborg\n";
    public const string TimeAndPlace = "Tid och plats: Den 13 juni 2025 08.30-12:00 på Mindpark, Bredgatan 11, Helsingborg.\n";
    public const string Attendance = "Närvarande:\nKristina Magnusson, Bjuv\nAnmält förhinder:\nTomas Rikse, Klippan\n";
    public const string Items = "1. Mötets öppnande\n2. Information\nMötet beslutar\natt tacka för informationen\nMötet avslutas\n";

    public static string With(string? heading = null, string? timeAndPlace = null, string? attendance = null, string? items = null) =>
        (heading ?? Heading) + (timeAndPlace ?? TimeAndPlace) + (attendance ?? Attendance) + (items ?? Items);
}
