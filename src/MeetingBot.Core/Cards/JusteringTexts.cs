using MeetingBot.Core.Justering;

namespace MeetingBot.Core.Cards;

/// <summary>The justering cards' fixed texts, in Swedish and in English for a member who chose it.</summary>
public sealed record JusteringTexts
{
    public static JusteringTexts Swedish { get; } = new()
    {
        Heading = "Justering av protokoll nr {0}", Intro = "Du är utsedd att justera protokollet. Läs PDF:en och svara.",
        OpenPdf = "Öppna protokollet (PDF)", Approve = "Justera", RequestChange = "Begär ändring",
        ChangeLabel = "Vad ska ändras?", ChangeRequired = "Skriv vad som ska ändras.", SendChange = "Skicka begäran",
        Standings = "Läget", Waiting = "har inte svarat", Approved = "justerat {0}", ChangeRequested = "begärt ändring {0}",
        YouApproved = "Du har justerat den här versionen.", YouRequestedChange = "Du har begärt ändring; sekretariatet har fått din kommentar.",
        Version = "Version {0}, SHA-256 {1}", JusteratHeading = "Protokoll nr {0} är justerat", JusteratBy = "Justerat av",
        Sealed = "PDF:en är elektroniskt förseglad.", NotSealed = "PDF:en är inte förseglad: inget certifikat är konfigurerat.",
        OpenFinal = "Öppna det justerade protokollet (PDF)", Refresh = "Uppdatera",
    };

    public static JusteringTexts English { get; } = new()
    {
        Heading = "Approval of protocol no. {0}", Intro = "You are named to approve the protocol. Read the PDF and answer.",
        OpenPdf = "Open the protocol (PDF)", Approve = "Approve", RequestChange = "Request a change",
        ChangeLabel = "What should change?", ChangeRequired = "Write what should change.", SendChange = "Send request",
        Standings = "Where things stand", Waiting = "has not answered", Approved = "approved {0}", ChangeRequested = "requested a change {0}",
        YouApproved = "You have approved this version.", YouRequestedChange = "You have requested a change; the secretariat has your comment.",
        Version = "Version {0}, SHA-256 {1}", JusteratHeading = "Protocol no. {0} is approved", JusteratBy = "Approved by",
        Sealed = "The PDF is electronically sealed.", NotSealed = "The PDF is not sealed: no certificate is configured.",
        OpenFinal = "Open the approved protocol (PDF)", Refresh = "Refresh",
    };

    public required string Heading { get; init; }
    public required string Intro { get; init; }
    public required string OpenPdf { get; init; }
    public required string Approve { get; init; }
    public required string RequestChange { get; init; }
    public required string ChangeLabel { get; init; }
    public required string ChangeRequired { get; init; }
    public required string SendChange { get; init; }
    public required string Standings { get; init; }
    public required string Waiting { get; init; }
    public required string Approved { get; init; }
    public required string ChangeRequested { get; init; }
    public required string YouApproved { get; init; }
    public required string YouRequestedChange { get; init; }
    public required string Version { get; init; }
    public required string JusteratHeading { get; init; }
    public required string JusteratBy { get; init; }
    public required string Sealed { get; init; }
    public required string NotSealed { get; init; }
    public required string OpenFinal { get; init; }
    public required string Refresh { get; init; }

    public static JusteringTexts For(CardLanguage language) => language == CardLanguage.English ? English : Swedish;

    public string Standing(SignatoryState state, Func<DateTimeOffset, string> time)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(time);
        return state.Standing switch
        {
            SignatoryStanding.Approved => string.Format(System.Globalization.CultureInfo.InvariantCulture, Approved, time(state.AnsweredAt!.Value)),
            SignatoryStanding.ChangeRequested => string.Format(System.Globalization.CultureInfo.InvariantCulture, ChangeRequested, time(state.AnsweredAt!.Value)),
            _ => Waiting,
        };
    }
}
