using MeetingBot.Agenda;
using MeetingBot.Calendar.Graph;
using MeetingBot.Calendar.Ics;
using MeetingBot.Calendar.Local;
using MeetingBot.Core.Calendar;
using Microsoft.Extensions.Options;

namespace MeetingBot.Calendar;

/// <summary>
/// The series calendar: Outlook through Graph when <c>Calendar:Graph:TenantId</c> is set, otherwise
/// the app's own database.
/// </summary>
internal static class CalendarRegistration
{
    public static WebApplicationBuilder AddSeriesCalendar(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SeriesCalendarOptions>().Bind(builder.Configuration.GetSection(SeriesCalendarOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SeriesCalendarOptions>, SeriesCalendarOptionsValidator>();
        builder.Services.AddSingleton<AgendaAddress>();
        builder.Services.AddSingleton<SeriesDefinitions>();
        builder.Services.AddSingleton<SeriesIcsExport>();
        builder.Services.AddSingleton<CalendarFeedLinks>();
        builder.Services.AddSingleton<SeriesScheduler>();
        var section = builder.Configuration.GetSection(GraphCalendarOptions.Section);
        builder.Services.AddOptions<GraphCalendarOptions>().Bind(section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<GraphCalendarOptions>, GraphCalendarOptionsValidator>();
        if (UsesGraph(builder.Configuration))
        {
            builder.Services.AddGraphCalendar(section.Get<GraphCalendarOptions>()!);
        }
        else
        {
            builder.Services.AddSingleton<LocalSeriesCalendar>();
            builder.Services.AddSingleton<ISeriesCalendar>(sp => sp.GetRequiredService<LocalSeriesCalendar>());
        }

        return builder;
    }

    public static WebApplication MapCalendarEndpoints(this WebApplication app)
    {
        app.MapSeriesIcs();
        if (UsesGraph(app.Configuration))
        {
            app.MapGraphNotifications();
        }

        return app;
    }

    private static bool UsesGraph(IConfiguration configuration) =>
        (configuration.GetSection(GraphCalendarOptions.Section).Get<GraphCalendarOptions>() ?? new()).IsConfigured;
}
