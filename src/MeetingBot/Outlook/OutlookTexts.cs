using MeetingBot.Core.Cards;
using MeetingBot.Core.Meetings;

namespace MeetingBot.Outlook;

/// <summary>The task pane's messages, in Swedish like the cards.</summary>
internal static class OutlookTexts
{
    public const string SignInFailed = "Du behöver vara inloggad med ditt jobbkonto för att se mötet.";
    public const string NotOnRoster = "Du finns inte med i kommundirektörsgruppens lista, så jag kan inte visa mötet eller ta emot ditt svar. Kontakta sekretariatet om det är fel.";
    public const string BadDate = "Ange datumet som ÅÅÅÅ-MM-DD, till exempel 2026-01-23.";
    public const string MeetingGone = "Mötet finns inte längre.";
    public const string BadAnswer = "Svaret ska vara \"accepted\" (Jag kommer) eller \"declined\" (Anmäl förhinder).";

    public static string NoMeeting(DateOnly date) => $"Kommundirektörsgruppen har inget möte {CardTexts.Swedish.Date(date)}.";

    public static string Outcome(AttendanceRecordResult result, Meeting meeting) => result.Outcome switch
    {
        AttendanceOutcome.Recorded or AttendanceOutcome.Superseded when result.Current?.Answer == AttendanceAnswer.Declined =>
            $"Ditt förhinder till mötet {CardTexts.Swedish.Date(meeting.Date)} är registrerat"
            + (result.Current.SubstituteName is { } substitute ? $", med {substitute} som ersättare." : "."),
        AttendanceOutcome.Recorded or AttendanceOutcome.Superseded => $"Tack! Du är anmäld till mötet {CardTexts.Swedish.Date(meeting.Date)}.",
        AttendanceOutcome.Unchanged => "Ditt svar var redan registrerat.",
        AttendanceOutcome.MeetingStarted => "Mötet har redan börjat, så svaret kan inte längre ändras. Kontakta sekretariatet.",
        AttendanceOutcome.MeetingCancelled => "Mötet är inställt, så inget svar behövs.",
        AttendanceOutcome.UnknownMeeting => MeetingGone,
        AttendanceOutcome.UnknownMember => NotOnRoster,
        AttendanceOutcome.InvalidSubstitute => "Ersättaren ska vara någon annan från din egen organisation.",
        AttendanceOutcome.NotAnAttendee => "Sekretariatets gemensamma konto deltar inte i mötet, så det kan inte svara.",
        _ => throw new ArgumentOutOfRangeException(nameof(result), result.Outcome, "Unknown attendance outcome."),
    };
}
