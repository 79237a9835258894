using MeetingBot.Calendar;
using MeetingBot.Calendar.Local;
using MeetingBot.Core.Roster;
using MeetingBot.Core.Series;
using MeetingBot.Storage;
using MeetingBot.Storage.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MeetingBot.Playground.Sample;

/// <summary>
/// On a first start in Development (no protocols stored), loads the sample: the 13 June 2025
/// protocol, its people as a roster with made-up addresses and ids, the secretariat identity, and the
/// 2026 series in the local calendar. Runs after the migrator (which migrates in StartingAsync) and
/// before the server takes requests, so the playground never shows a half-loaded roster.
/// </summary>
/// <param name="localCalendar">Present only when the app keeps its own calendar; the series is then created in it.</param>
internal sealed class SampleDataSeeder(
    ProtocolStore protocols,
    RosterStore roster,
    IHostEnvironment environment,
    IOptions<PlaygroundOptions> options,
    ILogger<SampleDataSeeder> logger,
    LocalSeriesCalendar? localCalendar = null,
    SeriesScheduler? scheduler = null) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment() || !options.Value.LoadsSampleData)
        {
            return;
        }

        if ((await protocols.VersionAsync(cancellationToken)).Count > 0)
        {
            return;
        }

        var protocol = SampleProtocol.Load();
        await protocols.SaveAsync(protocol, cancellationToken);
        List<Member> members = [.. ProtocolRoster.Members(protocol).Select(SamplePeople.WithEmail), SamplePeople.Secretariat];
        await roster.UpsertAsync(members, cancellationToken);
        await AssignIdentitiesAsync(cancellationToken);

        // Only the app's own calendar: a configured Outlook tenant must never receive made-up invitations.
        var created = 0;
        if (localCalendar is not null && scheduler is not null)
        {
            var (_, result, _) = await scheduler.CreateAsync(SampleProtocol.SeriesYear, MeetingPlan.FromProtocol(protocol, SampleProtocol.SeriesYear), cancellationToken);
            created = result.Created.Count;
        }

        PlaygroundLog.SampleDataLoaded(logger, protocol.Reference, members.Count, created, SampleProtocol.SeriesYear);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task AssignIdentitiesAsync(CancellationToken cancellationToken)
    {
        // Through the roster's linking policy, as Teams' member list would link them.
        var samples = (await roster.RowsAsync(cancellationToken)).Where(r => r.AadObjectId is null && SamplePeople.IsSample(r.Email));
        await roster.LinkAllAsync([.. samples.Select(r => (SamplePeople.AadObjectIdFor(r.Email!), r.Email))], cancellationToken);
    }
}
