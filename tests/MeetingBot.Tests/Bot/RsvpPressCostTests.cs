using System.Text.Json.Nodes;
using MeetingBot.Core.Cards;
using MeetingBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Bot;

/// <summary>
/// Issue 14: an RSVP press does the least work. At most one read of the roster (finding the presser, reused for
/// substitutes and the tally; none while the last one is kept, see StoredReads), one read of the meeting's current
/// answers, one insert (EF's statements and plain commands alike, as SQLite runs them), and a small fixed number of units of work, however large the roster. A second roster or
/// answers read would fail here.
/// </summary>
public sealed class RsvpPressCostTests
{
    [Fact]
    public async Task Press_ChangedAnswer_AtMostOneRosterReadAndOneAnswersReadAndOneInsert()
    {
        await using var host = await FlowHost.StartAsync();
        var data = CardInputs.MeetingData(host.MeetingId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        string connectionString;
        await using (var db = host.Services.GetRequiredService<IDbContextFactory<MeetingBotDbContext>>().CreateDbContext())
        {
            connectionString = db.Database.GetConnectionString()!;
        }

        // Listening from here on; pooled contexts keep EF's decision that nobody listens for its logging
        // cache time (1 s), so the count starts only after that has passed.
        using var counter = new DatabaseWorkCounter(connectionString);

        // The first press links Kristina's Entra id (a Teams look-up and a write the policy allows once);
        // the press measured is an ordinary one, a change of mind.
        await host.PressAsync(FlowHost.Kristina, FlowHost.Kristina.PersonalChatId, CardVerbs.Accept, (JsonObject)data.DeepClone());
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        counter.Counting = true;

        var card = await host.PressAsync(FlowHost.Kristina, FlowHost.Kristina.PersonalChatId, CardVerbs.Decline, (JsonObject)data.DeepClone());
        counter.Counting = false;

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)card["type"]);
        var commands = string.Join("\n---\n", counter.Commands);
        Assert.True(counter.Count("SELECT", "Members") <= 1, commands);
        // At most one: on SQLite the writer starts from what its last batch committed when nobody else has written since.
        Assert.True(counter.Count("SELECT", "CurrentAnswers") <= 1, commands);
        Assert.True(counter.Count("INSERT", "AttendanceReplies") == 1, commands);
        // Besides those: the meeting's start and state in the write's transaction and, unless kept, the meeting,
        // the refresh list's user ids and (in the background, racing the count) the look-up of posted copies. The dedupe's claim and saved response are writes, not reads.
        Assert.True(counter.Commands.Count(c => c.TrimStart().StartsWith("SELECT", StringComparison.Ordinal)) <= 5, commands);
    }
}
