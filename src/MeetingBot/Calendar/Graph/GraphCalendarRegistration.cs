using MeetingBot.Calendar.Graph.Storage;
using MeetingBot.Core.Calendar;
using MeetingBot.Scheduling;
using Microsoft.Extensions.Options;

namespace MeetingBot.Calendar.Graph;

internal static class GraphCalendarRegistration
{
    /// <param name="configured">The bound options, read at registration to decide which jobs this host has handlers for.</param>
    public static IServiceCollection AddGraphCalendar(this IServiceCollection services, GraphCalendarOptions configured)
    {
        services.AddSingleton<GraphHealth>();
        services.AddSingleton(sp => GraphClients.Create(sp.GetRequiredService<IOptions<GraphCalendarOptions>>().Value, sp.GetRequiredService<GraphHealth>()));
        services.AddSingleton<ISeriesCalendar>(sp => new GraphSeriesCalendar(
            sp.GetRequiredService<Microsoft.Graph.GraphServiceClient>(),
            sp.GetRequiredService<IOptions<GraphCalendarOptions>>().Value.OrganizerMailbox!,
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<RsvpRefreshSignal>();
        services.AddScheduledJobHandler<RereadRsvpsJob>();
        services.AddSingleton<GraphSubscriptionStore>();
        services.AddSingleton<SubscriptionLifecycle>();
        services.AddSingleton<NotificationDeduplicator>();
        services.AddHostedService<RsvpRefreshService>();
        if (configured.UsesNotifications)
        {
            // Without a public address Graph cannot call us: no subscription, the re-reads alone keep RSVPs current.
            services.AddScheduledJobHandler<RenewSubscriptionJob>();
            services.AddHostedService<SubscriptionStartCheck>();
        }

        return services;
    }
}
