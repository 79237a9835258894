using MeetingBot.Calendar;
using MeetingBot.Core;
using MeetingBot.Core.Calendar;
using MeetingBot.Core.Meetings;
using MeetingBot.Core.Protocols;
using MeetingBot.Core.Series;
using MeetingBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MeetingBot.Meetings;

/// <summary>
/// The meetings of the series as stored, with their agendas. A year's meetings come from the plan
/// the latest stored protocol decided (e.g. §9 of nr 5 2025 for 2026); the calendar's event ids
/// and join links are copied onto them whenever the series is created or read.
/// </summary>
internal sealed class MeetingService(
    MeetingBotDbContextFactory factory,
    ProtocolStore protocols,
    ISeriesCalendar calendar,
    SeriesMeetingRows rows,
    SeriesScheduler scheduler,
    IOptions<SeriesCalendarOptions> options,
    ILogger<MeetingService> logger)
{
    /// <summary>
    /// Creates the Meetings rows of <paramref name="year"/> that are missing (idempotent) and links
    /// them to the calendar's events when the series is in the calendar. Throws
    /// <see cref="DomainException"/> when no stored protocol decides that year's dates.
    /// </summary>
    public async Task<IReadOnlyList<Meeting>> EnsureSeriesAsync(int year, CancellationToken cancellationToken)
    {
        var (decidedIn, plan) = await DecidedPlanAsync(year, cancellationToken);
        var seriesKey = SeriesDefinition.IdForYear(year);

        // Without a configured place the meetings are where the deciding meeting was, as they usually are.
        var location = string.IsNullOrWhiteSpace(options.Value.Location) ? decidedIn.Location : options.Value.Location;
        await rows.AddPlannedAsync(seriesKey, options.Value.Subject, location, plan, cancellationToken);
        try
        {
            await rows.ApplyAsync(seriesKey, await calendar.ListAsync(seriesKey, cancellationToken), cancellationToken);
        }
        catch (CalendarException ex)
        {
            // The meetings stand without their links; the next series create or read adds them.
            MeetingsLog.CalendarUnreadable(logger, seriesKey, ex);
        }

        return await ListAsync(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), cancellationToken);
    }

    /// <summary>
    /// Creates the year's series in the calendar from the stored plan (what <c>series create</c> does
    /// from a file; for the chat command "skapa mötesserie 2026") and returns the calendar's outcome
    /// with the year's meetings, now linked to their events. Safe to rerun: only what is missing is made.
    /// </summary>
    public async Task<SeriesSetup> CreateSeriesAsync(int year, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(year, cancellationToken);
        var (_, result, cancelled) = await scheduler.CreateAsync(year, plan, cancellationToken);
        return new SeriesSetup(result, cancelled, await ListAsync(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), cancellationToken));
    }

    /// <summary>The year's plan from the latest stored protocol that decides it.</summary>
    public async Task<IReadOnlyList<PlannedMeeting>> PlanAsync(int year, CancellationToken cancellationToken) =>
        (await DecidedPlanAsync(year, cancellationToken)).Plan;

    private async Task<(Protocol DecidedIn, IReadOnlyList<PlannedMeeting> Plan)> DecidedPlanAsync(int year, CancellationToken cancellationToken)
    {
        var stored = await protocols.ListAsync(cancellationToken);
        foreach (var protocol in stored.Reverse())
        {
            if (TryPlan(protocol, year) is { Count: > 0 } plan)
            {
                return (protocol, plan);
            }
        }

        throw new DomainException(
            $"no stored protocol decides the meeting dates of {year}; import the protocol that does first (protocol import FILE --save)",
            new UserMessage(
                $"inget sparat protokoll beslutar om mötesdagarna {year}. Importera det protokollet först.",
                $"no stored protocol decides the meeting dates of {year}. Import that protocol first."));
    }

    /// <summary>The meeting with its agenda, as kept between card presses (<see cref="StoredReads"/>).</summary>
    public Task<Meeting?> GetAsync(int meetingId, CancellationToken cancellationToken) =>
        factory.Reads.GetAsync(
            nameof(MeetingService),
            meetingId,
            async ct =>
            {
                await using var db = factory.CreateDbContext();
                var row = await db.Meetings.AsNoTracking().Include(m => m.AgendaItems).SingleOrDefaultAsync(m => m.Id == meetingId, ct);
                return row is null ? null : MeetingRows.ToMeeting(row);
            },
            cancellationToken);

    /// <summary>The meeting on a date; a cancelled one only when no other is that day.</summary>
    public async Task<Meeting?> FindByDateAsync(DateOnly date, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var found = await db.Meetings.AsNoTracking().Include(m => m.AgendaItems).Where(m => m.Date == date).ToListAsync(cancellationToken);
        var row = found.OrderBy(m => m.State == MeetingState.Cancelled).ThenBy(m => m.StartUtc).FirstOrDefault();
        return row is null ? null : MeetingRows.ToMeeting(row);
    }

    /// <summary>The first meeting that has not started at <paramref name="now"/>, cancelled ones skipped.</summary>
    public async Task<Meeting?> FindNextAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var row = await db.Meetings.AsNoTracking().Include(m => m.AgendaItems)
            .Where(m => m.StartUtc > now && m.State != MeetingState.Cancelled)
            .OrderBy(m => m.StartUtc)
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : MeetingRows.ToMeeting(row);
    }

    /// <summary>Meetings from <paramref name="from"/> to <paramref name="to"/>, both included, cancelled ones too, by start.</summary>
    public async Task<IReadOnlyList<Meeting>> ListAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var found = await db.Meetings.AsNoTracking().Include(m => m.AgendaItems)
            .Where(m => m.Date >= from && m.Date <= to)
            .OrderBy(m => m.StartUtc)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return [.. found.Select(MeetingRows.ToMeeting)];
    }

    private static IReadOnlyList<PlannedMeeting>? TryPlan(Protocol protocol, int year)
    {
        try
        {
            return MeetingPlan.FromProtocol(protocol, year);
        }
        catch (DomainException)
        {
            // This protocol decides no dates for the year; an older one may.
            return null;
        }
    }
}
