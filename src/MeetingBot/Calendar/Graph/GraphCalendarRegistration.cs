using MeetingBot.Core.Calendar;
using MeetingBot.Scheduling;
using Microsoft.Extensions.Options;

namespace MeetingBot.Calendar.Graph;

internal static class GraphCalendarRegistration
{
    public static IServiceCollection AddGraphCalendar(this IServiceCollection services)
    {
        services.AddSingleton(sp => GraphClients.Create(sp.GetRequiredService<IOptions<GraphCalendarOptions>>().Value));
        services.AddSingleton<ISeriesCalendar>(sp => new GraphSeriesCalendar(
            sp.GetRequiredService<Microsoft.Graph.GraphServiceClient>(),
            sp.GetRequiredService<IOptions<GraphCalendarOptions>>().Value.OrganizerMailbox!,
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<RsvpRefreshSignal>();
        services.AddScheduledJobHandler<RereadRsvpsJob>();
        services.AddSingleton<RsvpSnapshot>();
        services.AddSingleton<GraphLifecycleQueue>();
        services.AddSingleton<NotificationDeduplicator>();
        services.AddHostedService<RsvpRefreshService>();
        services.AddHostedService<GraphSubscriptionService>();
        return services;
    }
}
