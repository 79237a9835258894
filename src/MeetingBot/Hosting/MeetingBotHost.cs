using MeetingBot.Agenda;
using MeetingBot.Bot;
using MeetingBot.Calendar;
using MeetingBot.Documents;
using MeetingBot.Justering;
using MeetingBot.Meetings;
using MeetingBot.Outlook;
using MeetingBot.Playground;
using MeetingBot.Questions;
using MeetingBot.Scheduling;
using MeetingBot.Storage;
using MeetingBot.Telemetry;

namespace MeetingBot.Hosting;

/// <summary>The composition root: every feature registers its services and endpoints here.</summary>
internal static class MeetingBotHost
{
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PublicAddress>();
        builder.AddMeetingStorage();
        builder.AddSeriesCalendar();
        builder.AddMeetings();
        builder.AddQuestionAnswering();
        builder.AddTeamsBot();
        builder.AddJustering();
        builder.AddPlayground();
        builder.AddOutlookAddIn();
        builder.AddScheduling();
        builder.AddProtocolSealing();
        builder.AddMeetingBotTelemetry();
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapHealthEndpoints();
        app.MapReadinessEndpoint();
        app.MapCalendarEndpoints();
        app.MapTeamsBot();
        app.MapJustering();
        app.MapPlayground();
        app.MapOutlookAddIn();
        app.MapAgendaPage();
        return app;
    }
}
