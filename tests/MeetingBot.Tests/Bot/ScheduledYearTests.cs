using System.Text.Json.Nodes;
using MeetingBot.Core.Calendar;
using MeetingBot.Core.Scheduling;
using MeetingBot.Core.Text;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Tests.Bot;

/// <summary>
/// What the real Teams handlers posted through 2026 under the fake clock (<see cref="ScheduledYearRun"/>):
/// every post, when in Stockholm time, to whom and what, across both daylight-saving changes.
/// </summary>
public sealed class ScheduledYearTests(ScheduledYearRun year) : IClassFixture<ScheduledYearRun>
{
    private const string Title = SeriesDefinition.DefaultSubject;

    /// <summary>The seed roster's members the fake team does not have: the agenda's summary names them to the secretariat.</summary>
    private const string Unreached = "Jonas Jönsson, Carina Leffler, Herman Crespin, Pernilla Anderberg, Henry Roos, Elin Ask, Christer Paulsson, Ardiana Demjaha";

    [Fact]
    public void Scheduler_Whole2026WithTeamsHandlers_PostsEachMessageToItsAudienceAtItsLocalTime()
    {
        Assert.Equal(ExpectedLines().Order(StringComparer.Ordinal), year.Posts.Select(p => p.Line).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Scheduler_Whole2026_EveryJobRanOrWasDroppedAndNoConversationGotAJobTwice()
    {
        Assert.All(year.Posts.GroupBy(p => (p.To, p.Text)), copies => Assert.Single(copies));

        await using var db = await year.Get<IDbContextFactory<MeetingBotDbContext>>().CreateDbContextAsync();
        var jobs = await db.Set<ScheduledJobRow>().AsNoTracking().ToListAsync();
        Assert.All(jobs, j => Assert.Contains(j.State, new[] { JobState.Done, JobState.Dropped }));
        var series = SeriesDefinition.IdForYear(2026);
        var dropped = jobs.Where(j => j.State == JobState.Dropped).Select(j => $"{j.Kind} {j.MeetingKey}: {j.LastError}").Order(StringComparer.Ordinal);
        var emptyReminders = new[] { "01-23", "02-27", "03-27", "04-17", "09-25", "10-23", "11-27" }
            .Select(d => $"{JobKind.RemindEmptyAgenda} {series}/2026-{d}: the agenda has items");
        JobKind[] all = [JobKind.RemindEmptyAgenda, JobKind.PostAgenda, JobKind.RemindUnanswered, JobKind.OfferDraft];
        string[] expected =
        [
            $"{JobKind.PostAgenda} {series}/2026-05-22: the agenda has no items", .. emptyReminders,
            .. all.Select(k => $"{k} {series}/2026-11-20: the meeting no longer exists"),
            .. all.Select(k => $"{k} {series}/2026-12-11: the meeting is cancelled"),
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), dropped);

        var deliveries = await db.Set<JobDeliveryRow>().AsNoTracking().ToListAsync();
        Assert.Equal(year.Posts.Count(p => !p.Reply), deliveries.Count);
        Assert.All(deliveries, d => Assert.Equal(DeliveryState.Sent, d.State));
        // The agenda's summary goes to a secretary who also got the card: one of each per conversation.
        Assert.All(deliveries.GroupBy(d => (d.JobId, d.ConversationId, Summary: d.TargetKey.StartsWith("summary:", StringComparison.Ordinal))), copies => Assert.Single(copies));
    }

    [Fact]
    public void Scheduler_AgendaAcrossDst_SameLocalTimeSoTheUtcInstantMovesAnHour()
    {
        // 08:30 in Stockholm on either side of 29 March and of 25 October.
        Assert.Equal(new DateTimeOffset(2026, 1, 16, 7, 30, 0, TimeSpan.Zero), AgendaInChannel(ScheduledYearRun.January).At);
        Assert.Equal(new DateTimeOffset(2026, 4, 10, 6, 30, 0, TimeSpan.Zero), AgendaInChannel(new(2026, 4, 17)).At);
        Assert.Equal(new DateTimeOffset(2026, 10, 16, 6, 30, 0, TimeSpan.Zero), AgendaInChannel(new(2026, 10, 23)).At);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 7, 30, 0, TimeSpan.Zero), AgendaInChannel(ScheduledYearRun.MovedNovember).At);

        // The draft at the meeting's end, 13:00: 12:00Z before the change, 11:00Z after.
        Assert.Equal(new DateTimeOffset(2026, 3, 27, 12, 0, 0, TimeSpan.Zero), Draft(new(2026, 3, 27)).At);
        Assert.Equal(new DateTimeOffset(2026, 4, 17, 11, 0, 0, TimeSpan.Zero), Draft(new(2026, 4, 17)).At);
    }

    [Fact]
    public void Scheduler_AgendaAndDraft_AreAdaptiveCardsWithTheMeetingsItems()
    {
        var january = AgendaInChannel(ScheduledYearRun.January);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)january.Attachments?[0]?["contentType"]);
        var card = Texts(january.Attachments);
        Assert.Contains("23 januari 2026", card, StringComparison.Ordinal);
        Assert.Contains("08:30", card, StringComparison.Ordinal);
        Assert.Contains("8. Traineeprojekt 2025/2026", card, StringComparison.Ordinal);
        Assert.Contains("9. Kommundirektörsgruppens möten under 2026", card, StringComparison.Ordinal);
        Assert.All(year.Posts.Where(p => p.Text == january.Text), p => Assert.Equal(card, Texts(p.Attachments)));

        var april = Texts(AgendaInChannel(new(2026, 4, 17)).Attachments);
        Assert.Contains("3. ", april, StringComparison.Ordinal);
        Assert.DoesNotContain("Traineeprojekt", april, StringComparison.Ordinal);
        Assert.Contains("1. Idrottsgala 2026", Texts(AgendaInChannel(ScheduledYearRun.FilledLateAugust).Attachments), StringComparison.Ordinal);

        var draft = Draft(ScheduledYearRun.January);
        Assert.Equal(FlowHost.Secretary.Name, draft.To);
        Assert.Contains("8. Traineeprojekt 2025/2026", Texts(draft.Attachments), StringComparison.Ordinal);
    }

    private static List<string> ExpectedLines()
    {
        var members = ScheduledYearRun.Members;
        string[] everyone = ["channel", .. members.Select(m => m.Name)];
        var lines = new List<string>();
        void Add(string local, string text, IEnumerable<string> to) => lines.AddRange(to.Select(t => $"{local} {t}: {text}"));
        void Agenda(string local, DateOnly date)
        {
            Add(local, $"Dagordning: {Title}, {SwedishDate.Format(date)}", everyone);
            Add(local, $"Dagordningen för {SwedishDate.Format(date)} är postad i teamets kanal och skickad till {members.Length} av 12 ledamöter. "
                + $"Jag kunde inte nå: {Unreached} (de behöver öppna MeetingBot i Teams en gång, eller finnas i teamet).", [FlowHost.Secretary.Name]);
        }

        void Reminder(string local, DateOnly date, params TeamsUser[] to) =>
            Add(local, $"Påminnelse: svara gärna på om du kommer till {Title}, {SwedishDate.Format(date)}.", (to.Length == 0 ? members : to).Select(m => m.Name));
        void Draft(string local, DateOnly date) => Add(local, $"Mötet {SwedishDate.Format(date)} är slut. Här är protokollutkastet.", [FlowHost.Secretary.Name]);
        void Empty(string local, DateOnly date) => Add(local, $"Dagordningen för {Title}, {SwedishDate.Format(date)}, är tom. "
            + $"Skriv \"ändra dagordning {SwedishDate.Format(date)}\" för att lägga till punkter; den postas inte förrän den har punkter.", [FlowHost.Secretary.Name]);

        // Kristina (Teams) and Tomas (Outlook) answered after the agenda: the reminder skips them.
        Agenda("2026-01-16 08:30", ScheduledYearRun.January);
        Reminder("2026-01-21 08:30", ScheduledYearRun.January, FlowHost.Secretary, FlowHost.Asa);
        Draft("2026-01-23 13:00", ScheduledYearRun.January);
        Agenda("2026-02-20 08:30", new(2026, 2, 27));
        Reminder("2026-02-25 08:30", new(2026, 2, 27));
        Draft("2026-02-27 13:00", new(2026, 2, 27));
        Agenda("2026-03-20 08:30", new(2026, 3, 27));
        Reminder("2026-03-25 08:30", new(2026, 3, 27));
        Draft("2026-03-27 13:00", new(2026, 3, 27));
        Agenda("2026-04-10 08:30", new(2026, 4, 17)); // summer time from 29 March
        Reminder("2026-04-15 08:30", new(2026, 4, 17));
        Draft("2026-04-17 13:00", new(2026, 4, 17));
        Empty("2026-05-12 08:30", ScheduledYearRun.EmptyMay); // and no agenda on 15 May
        Reminder("2026-05-20 08:30", ScheduledYearRun.EmptyMay);
        Draft("2026-05-22 13:00", ScheduledYearRun.EmptyMay);
        Empty("2026-08-11 08:30", ScheduledYearRun.FilledLateAugust);
        Agenda("2026-08-14 08:30", ScheduledYearRun.FilledLateAugust); // filled after the reminder
        Reminder("2026-08-19 08:30", ScheduledYearRun.FilledLateAugust);
        Draft("2026-08-21 13:00", ScheduledYearRun.FilledLateAugust);
        Agenda("2026-09-18 08:30", new(2026, 9, 25));
        Add("2026-09-18 08:30", "Påminnelse till dem som inte svarat för mötet 25 september 2026: flyttad till 22 september 2026 kl. 10:00.", [FlowHost.Secretary.Name]);
        Reminder("2026-09-22 10:00", new(2026, 9, 25)); // moved in chat from 23 September 08:30
        Draft("2026-09-25 13:00", new(2026, 9, 25));
        Agenda("2026-10-16 08:30", new(2026, 10, 23));
        Reminder("2026-10-21 08:30", new(2026, 10, 23));
        Draft("2026-10-23 13:00", new(2026, 10, 23));
        Agenda("2026-11-20 08:30", ScheduledYearRun.MovedNovember); // winter time from 25 October; moved from 20 November
        Reminder("2026-11-25 08:30", ScheduledYearRun.MovedNovember);
        Draft("2026-11-27 13:00", ScheduledYearRun.MovedNovember);

        // 11 December was cancelled: nothing.
        return lines;
    }

    private YearPost AgendaInChannel(DateOnly meeting) =>
        Assert.Single(year.Posts, p => p.To == "channel" && p.Text == $"Dagordning: {Title}, {SwedishDate.Format(meeting)}");

    private YearPost Draft(DateOnly meeting) =>
        Assert.Single(year.Posts, p => p.Text == $"Mötet {SwedishDate.Format(meeting)} är slut. Här är protokollutkastet.");

    private static string Texts(JsonNode? node) => node switch
    {
        JsonObject o => string.Join("\n", o.Select(p => Texts(p.Value))),
        JsonArray a => string.Join("\n", a.Select(Texts)),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => string.Empty,
    };
}
