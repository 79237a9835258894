using System.Globalization;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Roster;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Benchmarks.Load;

/// <summary>
/// What an RSVP press needs in the database: one future meeting and one roster member per driver
/// worker, already linked to an Entra id, so every press is an authenticated member answering.
/// Written straight to the tables: the benchmark measures the press, not the roster import.
/// </summary>
internal static class RsvpSeed
{
    public const string Flag = "--seed-rsvp";
    public const int MeetingId = 1;
    public const int Members = 64;

    public static string AadObjectId(int worker) =>
        string.Create(CultureInfo.InvariantCulture, $"00000000-0000-4000-8000-{worker % Members:D12}");

    public static async Task WriteAsync(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IDbContextFactory<MeetingBotDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var start = services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(30);
        db.Add(new MeetingRow
        {
            Id = MeetingId,
            SeriesKey = "bench",
            Title = "Kommundirektörsgruppen",
            Date = DateOnly.FromDateTime(start.UtcDateTime),
            StartLocal = new TimeOnly(9, 0),
            EndLocal = new TimeOnly(11, 0),
            TimeZoneId = "Europe/Stockholm",
            StartUtc = start,
            EndUtc = start.AddHours(2),
            State = MeetingState.Planned,
        });
        for (var i = 0; i < Members; i++)
        {
            db.Add(new MemberRow
            {
                Name = $"Ledamot {i:D2}",
                Organisation = $"Kommun {i % 11:D2}",
                Email = $"ledamot{i}@example.se",
                Role = MemberRole.Member,
                AadObjectId = AadObjectId(i),
            });
        }

        await db.SaveChangesAsync();
    }
}
