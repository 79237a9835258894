namespace MeetingBot.Meetings;

internal static class MeetingRegistration
{
    /// <summary>The meetings of the series, their agendas, attendance and protocol drafts.</summary>
    public static IHostApplicationBuilder AddMeetings(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<SeriesMeetingRows>();
        services.AddSingleton<MeetingService>();
        services.AddSingleton<MeetingPlaces>();
        services.AddSingleton<AgendaService>();
        services.AddSingleton<AttendanceService>();
        services.AddSingleton<OutlookReplies>();
        services.AddSingleton<ProtocolDraftService>();
        return builder;
    }
}
