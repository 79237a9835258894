using System.Text.Json.Nodes;
using MeetingBot.Bot;
using MeetingBot.Bot.Commands;
using MeetingBot.Core.Cards;
using MeetingBot.Core.Scheduling;
using MeetingBot.Core.Series;
using MeetingBot.Core.Text;
using MeetingBot.Scheduling;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Bot;

/// <summary>
/// The real Teams handlers run by the scheduler in the real host: the seed's agenda reaches the channel
/// and every reachable member, answers on a scheduled card update the other copies, the reminder goes
/// to those without an answer only, the draft to the secretariat. Each job is made due now and run.
/// </summary>
public sealed class ScheduledFlowTests
{
    private static readonly TeamsUser[] Members = [FlowHost.Secretary, FlowHost.Kristina, FlowHost.Tomas, FlowHost.Asa];

    private static string Texts(JsonNode? node) => node switch
    {
        JsonObject o => string.Join("\n", o.Select(p => Texts(p.Value))),
        JsonArray a => string.Join("\n", a.Select(Texts)),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => string.Empty,
    };

    private static string? Text(ConnectorCall call) => (string?)call.Body?["text"];

    private static string ActivitiesOf(string conversationId) => $"/emea/v3/conversations/{conversationId}/activities";

    [Fact]
    public async Task Scheduler_AgendaReminderAndDraft_ReachChannelMembersAndSecretariatAndKeepCopiesUpdated()
    {
        await using var host = await FlowHost.StartAsync();

        // The bot has been in the team channel once; that is where it knows the team from.
        await host.SayInChannelAsync(FlowHost.Secretary, "hej");
        await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Hej!", StringComparison.Ordinal) == true);

        await RunNowAsync(host, JobKind.PostAgenda);
        var agendas = host.Teams.Calls.Where(c => c.Method == "POST" && c.Body?["attachments"] is not null).ToList();
        Assert.Contains(agendas, c => c.Path == ActivitiesOf(FlowHost.ChannelId));
        foreach (var member in Members)
        {
            Assert.Single(agendas, c => c.Path == ActivitiesOf(member.PersonalChatId));
        }

        var channelCard = agendas.First(c => c.Path == ActivitiesOf(FlowHost.ChannelId)).Body!;
        Assert.Equal($"Dagordning: Kommundirektörsmöte i Familjen Helsingborg, {host.MeetingDateText}", (string?)channelCard["text"]);
        Assert.Contains("8. Traineeprojekt 2025/2026", Texts(channelCard["attachments"]), StringComparison.Ordinal);

        // Kristina comes, pressing her scheduled copy: the channel's copy gets the tally.
        await host.PressAsync(FlowHost.Kristina, FlowHost.Kristina.PersonalChatId, CardVerbs.Accept, CardInputs.MeetingData(host.MeetingId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await host.Teams.WaitForAsync(c => c.Method == "PUT" && c.Path.StartsWith(ActivitiesOf(FlowHost.ChannelId), StringComparison.Ordinal)
            && Texts(c.Body).Contains("Svar: 1 kommer", StringComparison.Ordinal));
        await host.Teams.WaitForAsync(c => c.Method == "PUT" && c.Path.StartsWith(ActivitiesOf(FlowHost.Tomas.PersonalChatId), StringComparison.Ordinal)
            && Texts(c.Body).Contains("Svar: 1 kommer", StringComparison.Ordinal));

        var before = host.Teams.Calls.Count;
        await RunNowAsync(host, JobKind.RemindUnanswered);
        var reminders = host.Teams.Calls.Skip(before).Where(c => c.Method == "POST" && Text(c)?.StartsWith("Påminnelse:", StringComparison.Ordinal) == true).Select(c => c.Path).ToList();
        Assert.Equal(
            new[] { FlowHost.Secretary, FlowHost.Tomas, FlowHost.Asa }.Select(m => ActivitiesOf(m.PersonalChatId)).Order(),
            reminders.Order());

        before = host.Teams.Calls.Count;
        await RunNowAsync(host, JobKind.OfferDraft);
        var drafts = host.Teams.Calls.Skip(before).Where(c => c.Method == "POST" && c.Body?["attachments"] is not null).ToList();
        var draft = Assert.Single(drafts);
        Assert.Equal(ActivitiesOf(FlowHost.Secretary.PersonalChatId), draft.Path);
        Assert.Contains("8. Traineeprojekt 2025/2026", Texts(draft.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scheduler_ChatsKnownOrCreatedOnce_NextJobPostsWithoutCreatingThemAgain()
    {
        await using var host = await FlowHost.StartAsync();
        await host.SayInChannelAsync(FlowHost.Secretary, "hej");
        await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Hej!", StringComparison.Ordinal) == true);
        // Kristina has written to the bot, so her chat is known; the others' chats are not.
        await host.SayAsync(FlowHost.Kristina, "hej");
        await host.Teams.WaitForAsync(c => c.Path.StartsWith(ActivitiesOf(FlowHost.Kristina.PersonalChatId), StringComparison.Ordinal));

        await RunNowAsync(host, JobKind.PostAgenda);
        Assert.Equal(
            new[] { FlowHost.Secretary, FlowHost.Tomas, FlowHost.Asa }.Select(m => m.UserId).Order(),
            ChatsCreated(host.Teams.Calls).Order());
        Assert.All(Members, m => Assert.Single(host.Teams.Calls, c => c.Method == "POST" && c.Path == ActivitiesOf(m.PersonalChatId) && c.Body?["attachments"] is not null));

        var before = host.Teams.Calls.Count;
        await RunNowAsync(host, JobKind.RemindUnanswered);
        var calls = host.Teams.Calls.Skip(before).ToList();
        Assert.Empty(ChatsCreated(calls));
        Assert.Equal(
            Members.Select(m => ActivitiesOf(m.PersonalChatId)).Order(),
            calls.Where(c => c.Method == "POST" && Text(c)?.StartsWith("Påminnelse:", StringComparison.Ordinal) == true).Select(c => c.Path).Order());
    }

    [Fact]
    public async Task Scheduler_ChannelChosenBySecretariat_AgendaGoesThereThoughAnotherChannelSpokeLater()
    {
        const string otherTeamChannel = "19:secretariat-team@thread.tacv2";
        await using var host = await FlowHost.StartAsync();
        await host.SayInChannelAsync(FlowHost.Secretary, "använd den här kanalen");
        await host.Teams.WaitForAsync(c => Text(c) == UseChannelCommand.Chosen);

        // A member cannot move it, and the bot is then heard from in another team's channel.
        await host.SayInChannelAsync(FlowHost.Kristina, "använd den här kanalen", otherTeamChannel);
        await host.Teams.WaitForAsync(c => Text(c) == BotReplies.Swedish.SecretariatOnly);
        await host.SayAsync(FlowHost.Secretary, "använd den här kanalen");
        await host.Teams.WaitForAsync(c => Text(c) == UseChannelCommand.NotInChannel);

        await RunNowAsync(host, JobKind.PostAgenda);
        var channelPosts = host.Teams.Calls.Where(c => c.Method == "POST" && c.Body?["attachments"] is not null && c.Path.Contains("@thread.tacv2", StringComparison.Ordinal)).ToList();
        Assert.Equal(ActivitiesOf(FlowHost.ChannelId), Assert.Single(channelPosts).Path);
    }

    /// <summary>Agents Playground opens personal chats by Teams id only; Teams documents that form too. The Entra id is the fallback.</summary>
    [Fact]
    public async Task ScheduledPostAgenda_ChatNotYetOpen_IsOpenedByTheTeamsUserIdFromTheTeamList()
    {
        await using var host = await FlowHost.StartAsync();
        await host.SayInChannelAsync(FlowHost.Secretary, "hej");
        await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Hej!", StringComparison.Ordinal) == true);

        await RunNowAsync(host, JobKind.PostAgenda);

        Assert.Equal(Members.Select(m => m.UserId).Order(), ChatsCreated(host.Teams.Calls).Order());
    }

    [Fact]
    public async Task ScheduledPostAgenda_TeamListUnavailable_OpensTheChatByEntraId()
    {
        await using var host = await FlowHost.StartAsync();
        await host.SayInChannelAsync(FlowHost.Secretary, "hej");
        await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Hej!", StringComparison.Ordinal) == true);
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<MeetingBotDbContext>>().CreateDbContextAsync())
        {
            await db.Members.Where(m => m.Email == FlowHost.Tomas.Email).ExecuteUpdateAsync(s => s.SetProperty(m => m.AadObjectId, FlowHost.Tomas.AadObjectId));
        }

        host.Teams.Failing["pagedmembers"] = 500;
        await RunNowAsync(host, JobKind.PostAgenda);

        var created = ChatsCreated(host.Teams.Calls).ToList();
        Assert.Contains(FlowHost.Tomas.AadObjectId, created);
        Assert.DoesNotContain(created, id => id.StartsWith("29:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ScheduledPostAgenda_SecretariatGetsASummaryOfWhoGotTheCard()
    {
        await using var host = await FlowHost.StartAsync();
        await host.SayInChannelAsync(FlowHost.Secretary, "hej");
        await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Hej!", StringComparison.Ordinal) == true);
        host.Teams.Failing[FlowHost.Tomas.PersonalChatId] = 403;
        var before = host.Teams.Calls.Count;

        await RunNowAsync(host, JobKind.PostAgenda);

        var summary = Assert.Single(SummariesToSecretary(host.Teams.Calls.Skip(before)));
        Assert.StartsWith($"Dagordningen för {host.MeetingDateText} är postad i teamets kanal och skickad till 3 av ", summary, StringComparison.Ordinal);
        Assert.Contains("Jag kunde inte nå: ", summary, StringComparison.Ordinal);
        Assert.Contains(FlowHost.Tomas.Name, summary, StringComparison.Ordinal);
        Assert.DoesNotContain(FlowHost.Kristina.Name, summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScheduledPostAgenda_JobRunAgain_SendsNeitherCardsNorTheSummaryTwice()
    {
        await using var host = await FlowHost.StartAsync();
        await host.SayInChannelAsync(FlowHost.Secretary, "hej");
        await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Hej!", StringComparison.Ordinal) == true);
        await RunNowAsync(host, JobKind.PostAgenda);
        Assert.Single(SummariesToSecretary(host.Teams.Calls));

        // As a takeover after a crash, or a retry, finds it: the same job pending again with its deliveries recorded.
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<MeetingBotDbContext>>().CreateDbContextAsync())
        {
            var key = MeetingKey.Of(FlowHost.SeriesKey, host.MeetingDate);
            await db.Set<ScheduledJobRow>().Where(j => j.MeetingKey == key && j.Kind == JobKind.PostAgenda)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.State, JobState.Pending));
        }

        var before = host.Teams.Calls.Count;
        await RunNowAsync(host, JobKind.PostAgenda);

        Assert.DoesNotContain(host.Teams.Calls.Skip(before), c => c.Method == "POST" && c.Path.EndsWith("/activities", StringComparison.Ordinal));
    }

    private static IEnumerable<string> SummariesToSecretary(IEnumerable<ConnectorCall> calls) =>
        calls.Where(c => c.Method == "POST" && c.Path == ActivitiesOf(FlowHost.Secretary.PersonalChatId) && c.Body?["attachments"] is null
            && Text(c)?.StartsWith("Dagordningen för", StringComparison.Ordinal) == true).Select(c => Text(c)!);

    private static IEnumerable<string> ChatsCreated(IEnumerable<ConnectorCall> calls) =>
        calls.Where(c => c.Method == "POST" && c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal)).Select(c => (string)c.Body!["members"]![0]!["id"]!);

    [Fact]
    public async Task Message_ScheduleAndMove_ListsTheJobsAndMovesTheReminder()
    {
        await using var host = await FlowHost.StartAsync();

        await host.SayAsync(FlowHost.Secretary, $"schema {host.MeetingDateText}");
        var listing = await host.Teams.WaitForAsync(c => Text(c)?.StartsWith("Schema för mötet", StringComparison.Ordinal) == true);
        Assert.Contains("- Dagordningen skickas: ", Text(listing), StringComparison.Ordinal);
        Assert.Contains("- Påminnelse till dem som inte svarat: ", Text(listing), StringComparison.Ordinal);
        Assert.Contains("- Protokollutkastet erbjuds: ", Text(listing), StringComparison.Ordinal);

        var newDate = host.MeetingDate.AddDays(-3);
        await host.SayAsync(FlowHost.Secretary, $"flytta påminnelse {host.MeetingDateText} till {SwedishDate.Format(newDate)} 10:00");
        var moved = await host.Teams.WaitForAsync(c => Text(c)?.Contains("flyttad till", StringComparison.Ordinal) == true);
        Assert.Equal($"Påminnelse till dem som inte svarat för mötet {host.MeetingDateText}: flyttad till {SwedishDate.Format(newDate)} kl. 10:00.", Text(moved));
        var job = await JobAsync(host, JobKind.RemindUnanswered);
        Assert.Equal(StockholmTime.ToInstant(newDate, new TimeOnly(10, 0)).ToUniversalTime(), job.DueAt.ToUniversalTime());

        await host.SayAsync(FlowHost.Kristina, $"schema {host.MeetingDateText}");
        await host.Teams.WaitForAsync(c => Text(c) == MeetingBot.Bot.BotReplies.Swedish.SecretariatOnly);
    }

    /// <summary>Plans the meeting's jobs, makes one of them due now and runs the scheduler until it is finished.</summary>
    private static async Task RunNowAsync(FlowHost host, JobKind kind)
    {
        await host.Services.GetRequiredService<SchedulePlanner>().PlanAsync(CancellationToken.None);
        var key = MeetingKey.Of(FlowHost.SeriesKey, host.MeetingDate);
        var now = TimeProvider.System.GetUtcNow().AddSeconds(-1);
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<MeetingBotDbContext>>().CreateDbContextAsync())
        {
            var updated = await db.Set<ScheduledJobRow>().Where(j => j.MeetingKey == key && j.Kind == kind)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.DueAt, now).SetProperty(j => j.NextAttemptAt, now));
            Assert.Equal(1, updated);
        }

        var runner = host.Services.GetRequiredService<ScheduledJobRunner>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((await JobAsync(host, kind)).State is JobState.Pending or JobState.Running)
        {
            await runner.TickAsync(timeout.Token);
            await Task.Delay(50, timeout.Token);
        }

        Assert.Equal(JobState.Done, (await JobAsync(host, kind)).State);
    }

    private static async Task<ScheduledJobRow> JobAsync(FlowHost host, JobKind kind)
    {
        var key = MeetingKey.Of(FlowHost.SeriesKey, host.MeetingDate);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<MeetingBotDbContext>>().CreateDbContextAsync();
        return await db.Set<ScheduledJobRow>().AsNoTracking().SingleAsync(j => j.MeetingKey == key && j.Kind == kind);
    }
}
