using MeetingBot.Scheduling;

namespace MeetingBot.Bot.Scheduled;

internal static class ScheduledJobsRegistration
{
    /// <summary>The Teams side of the schedule: agenda, reminders and the draft offer, posted by the scheduler.</summary>
    public static IServiceCollection AddScheduledTeamsJobs(this IServiceCollection services)
    {
        services.AddSingleton<ScheduledMeetings>();
        services.AddSingleton<ScheduledTargets>();
        services.AddScheduledJobHandler<PostAgendaJob>();
        services.AddScheduledJobHandler<RemindEmptyAgendaJob>();
        services.AddScheduledJobHandler<RemindUnansweredJob>();
        services.AddScheduledJobHandler<OfferDraftJob>();
        services.AddScheduledJobHandler<RemindAssignmentJob>();
        return services;
    }
}
