using MeetingBot.Core.Cards;
using MeetingBot.Core.Scheduling;
using MeetingBot.Scheduling;
using MeetingBot.Tests.Storage;
using Microsoft.Extensions.Configuration;

namespace MeetingBot.Tests.Scheduling;

/// <summary>A series with settings of its own (<c>Scheduling:Series:{key}</c>) next to one on the defaults.</summary>
public sealed class SeriesScheduleTests : StorageTests<SqliteTestDatabase>
{
    private static SchedulingOptions Bind(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build()
            .GetSection(SchedulingOptions.SectionName)
            .Get<SchedulingOptions>() ?? new SchedulingOptions();

    [Fact]
    public void RulesFor_SeriesWithOwnSettings_OverridesOnlyWhatIsSet()
    {
        var options = Bind(("Scheduling:ReminderDaysBefore", "3"), ("Scheduling:Series:kdg:AgendaDaysBefore", "10"), ("Scheduling:Series:kdg:SendAtLocal", "10:00"));

        var own = options.RulesFor(ScheduleSeed.Series + "/2026-01-27");
        var other = options.RulesFor("ledningsgrupp-2026/2026-01-27");

        Assert.Equal((10, new TimeOnly(10, 0), 3, 10), (own.AgendaDaysBefore, own.SendAtLocal!.Value, own.ReminderDaysBefore, own.EmptyAgendaDaysBefore));
        Assert.Equal((7, (TimeOnly?)null, 3), (other.AgendaDaysBefore, other.SendAtLocal, other.ReminderDaysBefore));

        // Configuration keys are case-insensitive everywhere else (environment variables, App Service settings).
        Assert.Equal(own, options.RulesFor(ScheduleSeed.Series.ToUpperInvariant() + "/2026-01-27"));
    }

    [Fact]
    public async Task Schema_SeriesWithOwnSettings_ListsItsJobsAtItsOwnDaysAndTime()
    {
        await ScheduleSeed.AddMeetingAsync(Factory, new DateOnly(2026, 1, 27), agendaItems: 2);
        var options = Bind(("Scheduling:Series:kdg:AgendaDaysBefore", "10"), ("Scheduling:Series:kdg:EmptyAgendaDaysBefore", "14"), ("Scheduling:Series:kdg:SendAtLocal", "10:00"));
        var service = ScheduleServiceTests.NewService(Factory, Clock, options);

        var reply = await service.HandleAsync(ScheduleCommandParser.Parse("schema 27 januari")!, CardLanguage.Swedish, CancellationToken.None);

        Assert.Equal(
            """
            Schema för mötet 27 januari 2026:
            - Påminnelse om tom dagordning: 13 januari 2026 kl. 10:00 (planerad)
            - Dagordningen skickas: 17 januari 2026 kl. 10:00 (planerad)
            - Påminnelse till dem som inte svarat: 25 januari 2026 kl. 10:00 (planerad)
            - Protokollutkastet erbjuds: 27 januari 2026 kl. 12:00 (planerad)
            """.ReplaceLineEndings("\n"),
            reply);
    }

    [Fact]
    public void Validate_SeriesSettingOutOfRange_NamesTheSeriesKey()
    {
        var options = Bind(("Scheduling:Series:kdg:ReminderDaysBefore", "-1"), ("Scheduling:Series:kdg:DraftOfferUsefulFor", "00:00:00"));

        var result = new SchedulingOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal(
            ["Scheduling:Series:kdg:ReminderDaysBefore must be between 0 and 60, not -1.", "Scheduling:Series:kdg:DraftOfferUsefulFor must be a positive time span (e.g. 00:00:15), not 00:00:00."],
            result.Failures);
    }
}
