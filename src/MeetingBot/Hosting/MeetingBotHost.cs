using MeetingBot.Bot;
using MeetingBot.Calendar;
using MeetingBot.Questions;
using MeetingBot.Scheduling;
using MeetingBot.Storage;

namespace MeetingBot.Hosting;

/// <summary>The composition root: every feature registers its services and endpoints here.</summary>
internal static class MeetingBotHost
{
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddMeetingStorage();
        builder.AddSeriesCalendar();
        builder.AddQuestionAnswering();
        builder.AddTeamsBot();
        builder.AddScheduling();
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapHealthEndpoints();
        app.MapCalendarEndpoints();
        app.MapTeamsBot();
        return app;
    }
}
