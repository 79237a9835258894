using MeetingBot.Core.Series;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;

namespace MeetingBot.Tests.Scheduling;

/// <summary>Meetings and conversations written straight into a test database.</summary>
internal static class ScheduleSeed
{
    public const string Series = "kdg";

    public static async Task AddMeetingAsync(IDbContextFactory<MeetingBotDbContext> contexts, DateOnly date, int agendaItems, TimeOnly? start = null, TimeOnly? end = null)
    {
        var planned = PlannedMeeting.At(date, start ?? new TimeOnly(9, 0), end ?? new TimeOnly(12, 0));
        await using var db = await contexts.CreateDbContextAsync();
        db.Meetings.Add(new MeetingRow
        {
            SeriesKey = Series,
            Title = "Kommundirektörsgruppen",
            Date = date,
            StartLocal = planned.StartLocal,
            EndLocal = planned.EndLocal,
            TimeZoneId = StockholmTime.IanaId,
            StartUtc = planned.StartUtc,
            EndUtc = planned.EndUtc,
            AgendaItems = [.. Enumerable.Range(1, agendaItems).Select(i => new AgendaItemRow { Position = i, Number = i, Title = $"Punkt {i}" })],
        });
        await db.SaveChangesAsync();
    }

    public static async Task AddConversationsAsync(IDbContextFactory<MeetingBotDbContext> contexts, string serviceUrl, IEnumerable<string> conversationIds)
    {
        await using var db = await contexts.CreateDbContextAsync();
        foreach (var id in conversationIds)
        {
            db.Set<ConversationReferenceRow>().Add(new ConversationReferenceRow
            {
                ConversationId = id,
                ServiceUrl = serviceUrl,
                ChannelId = "msteams",
                ConversationType = id.StartsWith("a:", StringComparison.Ordinal) ? "personal" : "channel",
                TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47",
                BotId = "28:c9e8c047-2a74-40a2-b28a-b162d5f5327c",
                UpdatedAt = DateTimeOffset.UnixEpoch,
            });
        }

        await db.SaveChangesAsync();
    }
}
