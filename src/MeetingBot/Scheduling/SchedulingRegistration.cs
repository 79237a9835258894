using MeetingBot.Scheduling.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MeetingBot.Scheduling;

internal static class SchedulingRegistration
{
    /// <summary>Jobs in the database, their planner and runner (options <c>Scheduling:*</c>), and the chat schedule service.</summary>
    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SchedulingOptions>, SchedulingOptionsValidator>();
        services.AddSingleton<JobStore>();
        services.AddSingleton<MeetingSource>();
        services.AddSingleton<ScheduledJobHandlers>();
        services.AddSingleton<SchedulePlanner>();
        services.AddSingleton<JobExecutor>();
        services.AddSingleton<ScheduleService>();
        services.AddSingleton<RequestedJobs>();
        services.AddSingleton<ScheduledJobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledJobRunner>());
        return builder;
    }

    /// <summary>Registers the handler of one job kind (see <see cref="IScheduledJobHandler"/>).</summary>
    public static IServiceCollection AddScheduledJobHandler<THandler>(this IServiceCollection services)
        where THandler : class, IScheduledJobHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IScheduledJobHandler, THandler>());
        return services;
    }
}
