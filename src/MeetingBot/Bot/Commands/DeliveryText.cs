using MeetingBot.Core.Cards;
using MeetingBot.Core.Scheduling;

namespace MeetingBot.Bot.Commands;

/// <summary>What <c>dagordning</c>, <c>påminn</c> and the "Påminn" button answer at once; the summary follows when the job is done.</summary>
internal sealed class DeliveryText
{
    public static DeliveryText Swedish { get; } = new(false);

    public static DeliveryText English { get; } = new(true);

    private readonly bool english;

    private DeliveryText(bool english) => this.english = english;

    public static DeliveryText For(CardLanguage language) => language == CardLanguage.English ? English : Swedish;

    /// <param name="privately">The summary goes to the asker's personal chat, not where they asked.</param>
    public string Planned(JobKind kind, DateOnly date, bool privately) => (kind, english) switch
    {
        (JobKind.PostAgenda, false) => $"Jag skickar dagordningen för {Date(date)} till kanalen och ledamöterna nu och svarar här när den är ute.",
        (JobKind.PostAgenda, true) => $"I am sending the agenda for {Date(date)} to the channel and the members now, and will answer here when it is out.",
        (_, false) => $"Jag skickar påminnelser till dem som inte har svarat för mötet {Date(date)}. "
            + (privately ? "Vilka jag nådde skriver jag i vår privata chatt." : "Jag svarar här när de är ute."),
        (_, true) => $"I am sending reminders to those who have not answered for the meeting on {Date(date)}. "
            + (privately ? "I will tell you in our private chat whom I reached." : "I will answer here when they are out."),
    };

    /// <summary>A second request while the first is still going: nothing new is planned, nobody gets two copies.</summary>
    public string AlreadyUnderWay(JobKind kind, DateOnly date) => (kind, english) switch
    {
        (JobKind.PostAgenda, false) => $"Jag skickar redan dagordningen för {Date(date)}; ingen får den två gånger. Sammanfattningen kommer när den är ute.",
        (JobKind.PostAgenda, true) => $"I am already sending the agenda for {Date(date)}; nobody gets it twice. The summary follows when it is out.",
        (_, false) => $"Jag skickar redan påminnelserna för mötet {Date(date)}; ingen får dem två gånger.",
        (_, true) => $"I am already sending the reminders for the meeting on {Date(date)}; nobody gets them twice.",
    };

    public string Cancelled(DateOnly date) =>
        english ? $"The meeting on {Date(date)} is cancelled; nothing is sent." : $"Mötet {Date(date)} är inställt; ingenting skickas.";

    public string Started(DateOnly date) =>
        english ? $"The meeting on {Date(date)} has already started; nothing is sent." : $"Mötet {Date(date)} har redan börjat; ingenting skickas.";

    private string Date(DateOnly date) => CardTexts.For(english ? CardLanguage.English : CardLanguage.Swedish).Date(date);
}
