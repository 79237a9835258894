using System.Globalization;
using MeetingBot.Core.Cards;

namespace MeetingBot.Core.Scheduling;

/// <summary>One job of a meeting as the secretariat sees it: local time and a state word.</summary>
/// <param name="State">pending, running, done, failed, dropped or cancelled.</param>
public sealed record ScheduleLine(JobKind Kind, DateTimeOffset DueLocal, string State, string? Note);

/// <summary>
/// The chat replies of the schedule commands, in Swedish or in English for a secretary who chose it.
/// The commands themselves stay Swedish ("flytta påminnelse …"): they are the group's vocabulary.
/// </summary>
public sealed class ScheduleText
{
    private readonly CardTexts dates;

    private ScheduleText(CardLanguage language) => dates = CardTexts.For(language);

    public static ScheduleText Swedish { get; } = new(CardLanguage.Swedish);

    public static ScheduleText English { get; } = new(CardLanguage.English);

    public static ScheduleText For(CardLanguage language) => language == CardLanguage.English ? English : Swedish;

    private bool IsEnglish => dates.Language == CardLanguage.English;

    public string KindName(JobKind kind) => (kind, IsEnglish) switch
    {
        (JobKind.PostAgenda, false) => "Dagordningen skickas",
        (JobKind.PostAgenda, true) => "The agenda is sent",
        (JobKind.RemindEmptyAgenda, false) => "Påminnelse om tom dagordning",
        (JobKind.RemindEmptyAgenda, true) => "Reminder about an empty agenda",
        (JobKind.RemindUnanswered, false) => "Påminnelse till dem som inte svarat",
        (JobKind.RemindUnanswered, true) => "Reminder to those who have not answered",
        (JobKind.OfferDraft, false) => "Protokollutkastet erbjuds",
        (JobKind.OfferDraft, true) => "The protocol draft is offered",
        (JobKind.RenewSubscription, false) => "Kalenderprenumerationen förnyas",
        (JobKind.RenewSubscription, true) => "The calendar subscription is renewed",
        (JobKind.RereadRsvps, false) => "Svar läses om från Outlook",
        (JobKind.RereadRsvps, true) => "Answers are re-read from Outlook",
        (JobKind.RemindJustering, false) => "Påminnelse till justerare som inte svarat",
        (JobKind.RemindJustering, true) => "Reminder to signatories who have not answered",
        _ => kind.ToString(),
    };

    public string StateName(string state) => (state, IsEnglish) switch
    {
        ("pending", false) => "planerad",
        ("running", false) => "pågår",
        ("done", false) => "klar",
        ("failed", false) => "misslyckades",
        ("dropped", false) => "hoppades över",
        ("cancelled", false) => "struken",
        ("pending", true) => "planned",
        ("dropped", true) => "skipped",
        _ => state,
    };

    /// <summary>"Schema för mötet 23 januari 2026:" and one line per job in time order.</summary>
    public string Schedule(DateOnly meetingDate, IReadOnlyList<ScheduleLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
        {
            return IsEnglish
                ? $"The meeting on {dates.Date(meetingDate)} has no schedule."
                : $"Mötet {dates.Date(meetingDate)} har inget schema.";
        }

        var text = lines.OrderBy(l => l.DueLocal).Select(l =>
            $"- {KindName(l.Kind)}: {When(l.DueLocal)} ({StateName(l.State)}{(l.Note is null ? string.Empty : ": " + l.Note)})");
        return (IsEnglish ? $"Schedule for the meeting on {dates.Date(meetingDate)}:\n" : $"Schema för mötet {dates.Date(meetingDate)}:\n")
            + string.Join("\n", text);
    }

    public string Moved(JobKind kind, DateOnly meetingDate, DateTimeOffset dueLocal) => IsEnglish
        ? $"{KindName(kind)} for the meeting on {dates.Date(meetingDate)}: moved to {When(dueLocal)}."
        : $"{KindName(kind)} för mötet {dates.Date(meetingDate)}: flyttad till {When(dueLocal)}.";

    /// <summary>"21 januari 2026 kl. 09:00", the way the secretariat writes times; "21 January 2026 at 09:00" in English.</summary>
    public string When(DateTimeOffset local) =>
        $"{dates.Date(DateOnly.FromDateTime(local.DateTime))} {(IsEnglish ? "at" : "kl.")} {local.ToString("HH:mm", CultureInfo.InvariantCulture)}";
}
